/**
 * An article page with the common A/B-testing "anti-flicker" snippet: `opacity: 0` on `<html>`
 * (class `async-hide`) until the testing script ends it, or a timeout does. `hideMs` null: the
 * class is never removed (a blocker stopped the testing script, and this copy has no timeout).
 */
export function withAntiFlicker(articleHtml: string, hideMs: number | null): string {
  const snippet =
    '<style>.async-hide { opacity: 0 !important }</style>\n' +
    '<script>(function(a,s,y,n,c,h,i,d,e){s.className+=" "+y;h.start=1*new Date;' +
    'h.end=i=function(){s.className=s.className.replace(RegExp(" ?"+y),"")};' +
    '(a[n]=a[n]||[]).hide=h;' +
    (hideMs === null ? '' : 'setTimeout(function(){i();h.end=null},c);') +
    `h.timeout=c;})(window,document.documentElement,"async-hide","dataLayer",${hideMs ?? 0},{"GTM-XXXXXX":true});</script>`;
  return articleHtml.replace('<head>', `<head>\n${snippet}`);
}

/** `/anti-flicker/3000/<outlet>/<slug>` or `/anti-flicker/never/<outlet>/<slug>`. */
export function antiFlickerRoute(path: string): { hideMs: number | null; outlet: string; slug: string } | null {
  const m = path.match(/^\/anti-flicker\/(\d+|never)\/([\w-]+)\/([\w-]+)$/);
  if (!m || !m[1] || !m[2] || !m[3]) return null;
  return { hideMs: m[1] === 'never' ? null : Number(m[1]), outlet: m[2], slug: m[3] };
}
