import { gzipSync } from 'node:zlib';

/**
 * What a first visit to a page downloads before it can run: its HTML, the scripts its HTML loads (`<script
 * src>`, the `noModule` polyfill aside: modern browsers skip it) and its stylesheets. Every file is fetched
 * from the running server and gzipped here at zlib's default level (a server's usual setting), the same way
 * for every target, so the figures compare.
 */
export async function weigh(origin, route) {
  const response = await fetch(origin + route, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok) throw new Error(`${origin}${route} answered ${response.status}`);
  const html = Buffer.from(await response.arrayBuffer());
  const text = html.toString('utf8');

  const scripts = [];
  for (const [tag] of text.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && !/\snomodule\b/i.test(tag)) scripts.push(src);
  }
  const styles = [];
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel="stylesheet"/i.test(tag)) styles.push(attribute(tag, 'href'));
  }

  const js = await sizes(origin, scripts);
  const css = await sizes(origin, styles.filter(Boolean));
  const htmlGzip = gzipSync(html).length;
  return {
    htmlBytes: html.length,
    htmlGzip,
    jsGzip: sum(js),
    jsFiles: js,
    cssGzip: sum(css),
    totalGzip: htmlGzip + sum(js) + sum(css),
  };
}

async function sizes(origin, urls) {
  const unique = [...new Set(urls)];
  return Promise.all(
    unique.map(async (url) => {
      const response = await fetch(new URL(url, origin), { headers: { 'accept-encoding': 'identity' } });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      return { url, bytes: body.length, gzip: gzipSync(body).length };
    }),
  );
}

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? match[1].replace(/&amp;/g, '&') : null;
}

const sum = (files) => files.reduce((total, file) => total + file.gzip, 0);
