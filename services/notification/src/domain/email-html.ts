const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes user text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** Only http(s) links reach an href; anything else (javascript:, data:) becomes an inert '#'. */
export const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? escapeHtml(url) : '#');

export const font = 'font-family:Arial,Helvetica,sans-serif;';

/**
 * The shell of every email: nested tables and inline styles, because Outlook and Gmail ignore
 * `<style>` blocks and flexbox in part; no images or web fonts, so nothing is fetched from outside.
 */
export function emailLayout(opts: { lang: string; title: string; body: string; footer: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f5;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:6px;">
<tr><td style="padding:24px 28px;${font}font-size:15px;line-height:22px;color:#1f2933;">
${opts.body}
</td></tr>
<tr><td style="padding:16px 28px 24px 28px;border-top:1px solid #e4e7eb;${font}font-size:12px;line-height:18px;color:#616e7c;">
${opts.footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
}
