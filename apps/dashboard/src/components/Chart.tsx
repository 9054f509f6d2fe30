import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';

export type ChartOption = EChartsCoreOption;

export interface ChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers (the chart's `aria-label`). */
  label: string;
  height?: number;
}

// ECharts is most of the bundle: load it in its own chunk so tables and forms show first.
const EChart = lazy(() => import('./EChart'));

export function Chart(props: ChartProps) {
  return (
    <Suspense
      fallback={
        <div className="chart muted" style={{ height: props.height ?? 320 }}>
          Loading…
        </div>
      }
    >
      <EChart {...props} />
    </Suspense>
  );
}
