/** Up to three finished runs side by side: their key numbers in one table, one column a run. */
import { Button } from 'react-aria-components';
import { setupText, setupWarning } from './presenters/compare-setup.ts';
import { formatInterval, formatNumber, keyNumbers } from './presenters/results.ts';
import type { FinishedRun } from './LabApp.tsx';

export function CompareRuns({
  runs,
  onRemove,
  jurisdictionName,
}: {
  runs: FinishedRun[];
  onRemove: (id: number) => void;
  jurisdictionName: (code: string) => string;
}) {
  if (runs.length === 0) return null;
  const keys = runs.map((r) => keyNumbers(r.result.summary));
  const warning = setupWarning(runs.map((r) => r.state));
  return (
    <section aria-labelledby="compare-heading" className="card">
      <h2 id="compare-heading">Compare runs</h2>
      <p className="hint">The last {runs.length === 1 ? 'run' : `${runs.length} runs`} (up to three; a fourth replaces the oldest).</p>
      {warning !== null && (
        <p className="compare-warning" role="note">
          {warning}
        </p>
      )}
      <div className="table-scroll">
        <table className="compare-table">
          <caption>Key numbers of each run (mean, and 90% interval)</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {runs.map((r) => (
                <th scope="col" key={r.id}>
                  Run {r.id}: {r.label}
                  <br />
                  <Button className="link-button" onPress={() => onRemove(r.id)} aria-label={`Remove run ${r.id}`}>
                    Remove
                  </Button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Setup</th>
              {runs.map((r) => (
                <td key={r.id}>{setupText(r.state.run, jurisdictionName(r.state.jurisdiction))}</td>
              ))}
            </tr>
            {keys[0]!.map((k, i) => (
              <tr key={k.key}>
                <th scope="row">{k.label}</th>
                {keys.map((ks, j) => (
                  <td key={runs[j]!.id}>
                    {formatNumber(ks[i]!.mean, ks[i]!.unit)}
                    <br />
                    <span className="hint">{formatInterval(ks[i]!)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
