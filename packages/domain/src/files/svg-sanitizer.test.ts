import { sanitizeSvg } from './svg-sanitizer';

describe('sanitizeSvg', () => {
  const dirty = `<?xml version="1.0"?><!-- made by hand -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
  <script>alert(2)</script>
  <style>rect { fill: url(http://evil.example/x) }</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <rect width="10" height="10" fill="url(#g)" onclick="steal()"/>
  <rect style="fill:url(http://evil.example/y)" width="1" height="1"/>
  <image xlink:href="http://evil.example/a.png" width="1" height="1"/>
  <use href="#g"/>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(3)</script></div></foreignObject>
  <a href="javascript:alert(4)"><circle r="2"/></a>
  <text x="1" y="2">A &amp; B &lt;tag&gt;</text>
</svg>`;

  it('removes scripts, event handlers, foreignObject and external references', () => {
    const clean = sanitizeSvg(dirty)!;
    expect(clean).not.toMatch(/script|onload|onclick|foreignObject|evil\.example|javascript:|<style/i);
    expect(clean).toContain('viewBox="0 0 10 10"');
    expect(clean).toContain('fill="url(#g)"');
    expect(clean).toContain('<use href="#g"/>');
    expect(clean).toContain('A &amp; B &lt;tag&gt;');
    expect(clean.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('refuses what is not SVG, is malformed or declares entities', () => {
    expect(sanitizeSvg('<html><svg/></html>')).toBeNull();
    expect(sanitizeSvg('<svg><g></svg>')).toBeNull();
    expect(sanitizeSvg('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>')).toBeNull();
    expect(sanitizeSvg('<svg/><script>alert(1)</script>')).toBeNull();
  });

  it('adds the SVG namespace when the source left it out', () => {
    expect(sanitizeSvg('<svg width="4"><circle r="1"/></svg>')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4"><circle r="1"/></svg>',
    );
  });
});
