import { StatisticsEntry } from '../statistics/StatisticsEntry.tsx';
import { DisplayToggles } from '../accessibility/DisplayToggles.tsx';
import './CitizenBar.css';

/**
 * The home screen's small extras, always in view: the on-time statistics, large text and high
 * contrast. A row under everything in portrait; in the corners beside the title in landscape.
 */
export function CitizenBar({ onOpenStatistics }: { onOpenStatistics: () => void }) {
  return (
    <div className="citizen-bar" data-testid="citizen-bar">
      <StatisticsEntry onOpen={onOpenStatistics} />
      <DisplayToggles />
    </div>
  );
}
