// Ships the server's schema inside the package (`@creatorgraph/sdk/schema.graphql`), byte for byte, so
// consumers can run their own codegen against the API this SDK version was generated from.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

module.exports = {
  plugin(_schema, _documents, config) {
    return readFileSync(resolve(config.source), 'utf8');
  },
};
