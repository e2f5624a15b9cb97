import { escapeHtml } from '../../ui/html.ts'
import type { Scene, Shape } from './scene.ts'
import { font } from '../picture.ts'

// A scene (scene.ts) as pixels, on a canvas, and as an SVG document with real text: the same
// shapes, the same fonts, one function each.

const DIAMOND = 1.25

/** Draws `scene` on a 2D context whose scale is set (1 unit = 1 CSS px). */
export function drawScene(c: CanvasRenderingContext2D, scene: Scene): void {
  c.fillStyle = scene.background
  c.fillRect(0, 0, scene.width, scene.height)
  for (const s of scene.shapes) drawShape(c, s, scene.font)
}

function drawShape(c: CanvasRenderingContext2D, s: Shape, family: string) {
  switch (s.t) {
    case 'rect':
      c.globalAlpha = s.opacity ?? 1
      c.fillStyle = s.fill
      c.fillRect(s.x, s.y, s.w, s.h)
      c.globalAlpha = 1
      return
    case 'line':
      c.beginPath()
      c.moveTo(s.x1, s.y1)
      c.lineTo(s.x2, s.y2)
      c.setLineDash(s.dash ?? [])
      c.lineWidth = 1
      c.strokeStyle = s.stroke
      c.stroke()
      c.setLineDash([])
      return
    case 'ring':
      c.beginPath()
      c.arc(s.x, s.y, s.r, 0, 2 * Math.PI)
      c.setLineDash(s.dash ?? [])
      c.lineWidth = s.width
      c.strokeStyle = s.stroke
      c.stroke()
      c.setLineDash([])
      return
    case 'mark': {
      c.beginPath()
      if (s.shape === 'square') c.roundRect(s.x - s.r, s.y - s.r, 2 * s.r, 2 * s.r, 1.5)
      else if (s.shape === 'diamond') {
        const d = s.r * DIAMOND
        c.moveTo(s.x, s.y - d)
        c.lineTo(s.x + d, s.y)
        c.lineTo(s.x, s.y + d)
        c.lineTo(s.x - d, s.y)
        c.closePath()
      } else c.arc(s.x, s.y, s.r, 0, 2 * Math.PI)
      c.fillStyle = s.fill
      c.fill()
      if (s.outline) {
        c.lineWidth = 2
        c.strokeStyle = s.outline
        c.stroke()
      }
      if (s.count) {
        c.fillStyle = s.countFill ?? '#ffffff'
        c.font = font(s.r > 8 ? 10 : 8, 600, family)
        c.textAlign = 'center'
        c.textBaseline = 'middle'
        c.fillText(s.count, s.x, s.y + 0.5)
      }
      return
    }
    case 'text':
      c.fillStyle = s.fill
      c.font = font(s.px, s.weight, family)
      c.textAlign = s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left'
      c.textBaseline = s.baseline ?? 'alphabetic'
      c.fillText(s.caps ? s.text.toLocaleUpperCase() : s.text, s.x, s.y)
      return
    case 'clip':
      c.save()
      c.beginPath()
      c.rect(s.x, s.y, s.w, s.h)
      c.clip()
      return
    case 'unclip':
      c.restore()
  }
}

const n = (v: number) => String(Math.round(v * 100) / 100)

/** `scene` as a standalone SVG document: shapes as SVG elements, every word as <text>. */
export function sceneSvg(scene: Scene): string {
  const out: string[] = []
  let clips = 0
  let open = 0
  for (const s of scene.shapes) {
    switch (s.t) {
      case 'rect':
        out.push(
          `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${escapeHtml(s.fill)}"${s.opacity !== undefined && s.opacity < 1 ? ` fill-opacity="${s.opacity}"` : ''}/>`,
        )
        break
      case 'line':
        out.push(
          `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${escapeHtml(s.stroke)}"${s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}/>`,
        )
        break
      case 'ring':
        out.push(
          `<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" fill="none" stroke="${escapeHtml(s.stroke)}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}/>`,
        )
        break
      case 'mark': {
        const fill = `fill="${escapeHtml(s.fill)}"${s.outline ? ` stroke="${escapeHtml(s.outline)}" stroke-width="2"` : ''}`
        if (s.shape === 'square')
          out.push(
            `<rect x="${n(s.x - s.r)}" y="${n(s.y - s.r)}" width="${n(2 * s.r)}" height="${n(2 * s.r)}" rx="1.5" ${fill}/>`,
          )
        else if (s.shape === 'diamond') {
          const d = s.r * DIAMOND
          out.push(
            `<path d="M${n(s.x)} ${n(s.y - d)}L${n(s.x + d)} ${n(s.y)}L${n(s.x)} ${n(s.y + d)}L${n(s.x - d)} ${n(s.y)}Z" ${fill}/>`,
          )
        } else out.push(`<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" ${fill}/>`)
        if (s.count)
          out.push(
            `<text x="${n(s.x)}" y="${n(s.y + 0.5)}" font-size="${s.r > 8 ? 10 : 8}" font-weight="600" text-anchor="middle" dominant-baseline="central" fill="${escapeHtml(s.countFill ?? '#ffffff')}">${escapeHtml(s.count)}</text>`,
          )
        break
      }
      case 'text':
        out.push(
          `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${s.px}"${s.weight !== 400 ? ` font-weight="${s.weight}"` : ''}${s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : ''}${s.baseline === 'middle' ? ' dominant-baseline="central"' : ''}${s.lang ? ` xml:lang="${escapeHtml(s.lang)}"` : ''} fill="${escapeHtml(s.fill)}">${escapeHtml(s.caps ? s.text.toLocaleUpperCase() : s.text)}</text>`,
        )
        break
      case 'clip':
        clips++
        open++
        out.push(
          `<clipPath id="clip${clips}"><rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"/></clipPath><g clip-path="url(#clip${clips})">`,
        )
        break
      case 'unclip':
        if (open > 0) {
          open--
          out.push('</g>')
        }
    }
  }
  while (open-- > 0) out.push('</g>')
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeHtml(scene.lang)}" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeHtml(scene.font)}">
<title>${escapeHtml(scene.title)}</title>
<rect width="100%" height="100%" fill="${escapeHtml(scene.background)}"/>
${out.join('\n')}
</svg>
`
}

/** The scene as a PNG at `scale` device pixels per CSS px. */
export function scenePng(scene: Scene, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(scene.width * scale)
  canvas.height = Math.round(scene.height * scale)
  const c = canvas.getContext('2d')
  if (!c) return Promise.reject(new Error('This browser cannot draw the picture (no 2D canvas).'))
  c.scale(scale, scale)
  drawScene(c, scene)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('This browser could not make the PNG.'))),
      'image/png',
    ),
  )
}
