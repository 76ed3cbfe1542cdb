/**
 * The honeypot of a public form: a field people never see or reach (hidden from sight, from the tab order
 * and from assistive technology), which bots that fill every field fill. Its value goes in the body as
 * `website`; the server drops a submission that has one.
 */
export function HoneypotField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label>
        Website
        <input type="text" name="website" tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
      </label>
    </div>
  );
}
