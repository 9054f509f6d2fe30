import type { EntityManager } from '../db/orm.js';
import type { CampaignStatus } from '../enums.js';
import { keysetPage, type Page, type PageArgs } from '../shared/pagination.js';
import { Campaign, CampaignMember, CampaignPost, type ICampaign, type ICampaignMember } from './entity.js';

export interface CampaignFilter {
  statuses?: CampaignStatus[] | null;
}

/** Campaign reads are always scoped to one organization: other organizations' campaigns do not exist here. */
export class CampaignService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: number,
  ) {}

  list(filter: CampaignFilter, args: PageArgs): Promise<Page<ICampaign>> {
    const qb = this.em.createQueryBuilder(Campaign, 'c').where({ organization: this.organizationId });
    if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    return keysetPage(qb, { property: 'id', kind: 'number', direction: 'DESC', value: (c) => c.id }, args);
  }

  byIds(ids: readonly number[]): Promise<ICampaign[]> {
    return this.em.find(Campaign, { id: { $in: [...ids] }, organization: this.organizationId });
  }

  membersByCampaignIds(ids: readonly number[]): Promise<ICampaignMember[]> {
    return this.em.find(
      CampaignMember,
      { campaign: { $in: [...ids], organization: this.organizationId } },
      { orderBy: { id: 'asc' } },
    );
  }

  async postIdsByCampaignIds(ids: readonly number[]): Promise<Map<number, number[]>> {
    const links = await this.em.find(
      CampaignPost,
      { campaign: { $in: [...ids], organization: this.organizationId } },
      { orderBy: { id: 'asc' } },
    );
    const out = new Map<number, number[]>(ids.map((id) => [id, []]));
    for (const l of links) out.get((l.campaign as { id: number }).id)?.push((l.post as { id: number }).id);
    return out;
  }
}
