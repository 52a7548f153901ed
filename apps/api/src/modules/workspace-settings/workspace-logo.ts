import sharp from 'sharp';
import { badInput, checkUpload, formatFileSize, sanitizeSvg } from '@clientflow/domain';

export const WORKSPACE_LOGO_MAX_BYTES = 1024 * 1024;
/** Raster logos are stored at most this wide/high: enough for a retina header, a PDF and an email. */
const LOGO_BOX = 512;

export interface PreparedLogo {
  bytes: Buffer;
  contentType: 'image/png' | 'image/svg+xml';
  width: number | null;
  height: number | null;
}

/** Width and height of a sanitised SVG from its root's attributes or viewBox (null when it has neither). */
function svgSize(svg: string): { width: number | null; height: number | null } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attr = (name: string) => {
    const value = new RegExp(`\\s${name}="([0-9.]+)(px)?"`).exec(root)?.[1];
    return value ? Math.round(Number(value)) : null;
  };
  const box = /\sviewBox="[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)[ ,]+([0-9.]+)"/.exec(root);
  return {
    width: attr('width') ?? (box ? Math.round(Number(box[1])) : null),
    height: attr('height') ?? (box ? Math.round(Number(box[2])) : null),
  };
}

/**
 * The upload pipeline for the agency logo: the bytes decide the type (PNG, JPEG, WebP or SVG only), SVGs go
 * through the allow-list sanitiser, raster images are decoded and re-encoded as PNG (metadata and anything hidden
 * after the image dropped, EXIF rotation applied, at most 512 px), which every browser, email client and the PDF
 * renderer can show.
 */
export async function prepareWorkspaceLogo(fileName: string, bytes: Buffer): Promise<PreparedLogo> {
  if (bytes.length === 0) throw badInput('file', 'Choose an image to upload');
  if (bytes.length > WORKSPACE_LOGO_MAX_BYTES)
    throw badInput('file', `The logo must be at most ${formatFileSize(WORKSPACE_LOGO_MAX_BYTES)}`);
  const check = checkUpload(fileName, bytes, ['png', 'jpeg', 'webp', 'svg']);
  if (!check.ok) throw badInput('file', `${check.reason}. Logos can be PNG, JPEG, WebP or SVG`);
  if (check.type.kind === 'svg') {
    const clean = sanitizeSvg(bytes.toString('utf8'));
    if (!clean) throw badInput('file', `"${fileName}" is not a well-formed SVG image`);
    return { bytes: Buffer.from(clean, 'utf8'), contentType: 'image/svg+xml', ...svgSize(clean) };
  }
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(LOGO_BOX, LOGO_BOX, { fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/png', width: info.width, height: info.height };
  } catch {
    throw badInput('file', `"${fileName}" could not be read as an image`);
  }
}
