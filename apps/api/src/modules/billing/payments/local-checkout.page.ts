import { formatMoney } from '@clientflow/domain';
import { escapeHtml } from '../../../platform/lib/html';

export interface LocalCheckoutView {
  agencyName: string;
  primaryColor: string;
  locale: string;
  currency: string;
  total: number;
  lines: { number: string; amount: number }[];
  actionBase: string;
  /** The stand-in provider's view: open (payable), settling (a delayed payment in flight), or done. */
  state: 'OPEN' | 'SETTLING' | 'DONE';
  /** Shown when done. */
  doneMessage: string;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** The local stand-in's "hosted payment page": plain HTML and inline CSS, nothing loaded from anywhere. */
export function localCheckoutPage(v: LocalCheckoutView): string {
  const money = (minor: number) => escapeHtml(formatMoney(minor, { locale: v.locale, currency: v.currency }));
  const color = HEX.test(v.primaryColor) ? v.primaryColor : '#4c6ef5';
  const rows = v.lines
    .map((l) => `<tr><td>Invoice ${escapeHtml(l.number)}</td><td class="num">${money(l.amount)}</td></tr>`)
    .join('');
  const action = escapeHtml(v.actionBase);
  // Simulations: a card (paid at once), a method that settles later, and a "dropped webhook" (the provider has
  // the money but sends nothing: reconciliation finds it).
  const drop = `<label class="drop"><input type="checkbox" name="drop" value="1"> Simulate a lost webhook (send no event)</label>`;
  const actions =
    v.state === 'OPEN'
      ? `<form method="post" action="${action}/pay"><input type="hidden" name="method" value="card"><button class="pay" type="submit">Pay ${money(v.total)}</button>${drop}</form>
         <form method="post" action="${action}/pay"><input type="hidden" name="method" value="delayed"><button class="alt" type="submit">Pay by bank debit (settles later)</button></form>
         <form method="post" action="${action}/cancel"><button class="cancel" type="submit">Cancel</button></form>`
      : v.state === 'SETTLING'
        ? `<p class="done">The payment is on its way. Simulate the bank's answer:</p>
         <form method="post" action="${action}/settle"><input type="hidden" name="outcome" value="succeeded"><button class="pay" type="submit">Bank confirms the payment</button>${drop}</form>
         <form method="post" action="${action}/settle"><input type="hidden" name="outcome" value="failed"><button class="alt" type="submit">Bank reports a failure</button></form>`
        : `<p class="done">${escapeHtml(v.doneMessage)}</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pay ${escapeHtml(v.agencyName)}</title>
<style>
  :root { color-scheme: light; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f5f7; color: #1f2328; }
  main { max-width: 440px; margin: 8vh auto; background: #fff; border-radius: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.08); overflow: hidden; }
  header { background: ${color}; color: #fff; padding: 20px 24px; }
  header p { margin: 0; opacity: .85; font-size: 14px; }
  header h1 { margin: 4px 0 0; font-size: 22px; }
  section { padding: 20px 24px; }
  table { width: 100%; border-collapse: collapse; }
  td { padding: 8px 0; border-bottom: 1px solid #eee; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  tfoot td { font-weight: 600; border-bottom: 0; }
  .note { font-size: 13px; color: #57606a; background: #fff8c5; border-radius: 6px; padding: 8px 12px; }
  button { width: 100%; font: inherit; border: 0; border-radius: 8px; padding: 12px; cursor: pointer; margin-top: 12px; }
  button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
  .pay { background: ${color}; color: #fff; font-weight: 600; }
  .alt { background: #eaeef2; color: #1f2328; }
  .cancel { background: transparent; color: #57606a; }
  .drop { display: block; font-size: 13px; color: #57606a; margin-top: 6px; }
  .done { font-weight: 600; }
</style></head>
<body><main>
  <header><p>Payment to</p><h1>${escapeHtml(v.agencyName)}</h1></header>
  <section>
    <table aria-label="Invoices"><tbody>${rows}</tbody>
      <tfoot><tr><td>Total</td><td class="num">${money(v.total)}</td></tr></tfoot></table>
    <p class="note">Local test checkout: no card is charged. Paying sends the same signed events Stripe would.</p>
    ${actions}
  </section>
</main></body></html>`;
}
