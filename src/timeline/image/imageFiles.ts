import { saveFile } from '../../ui/saveFile.ts'
import { sceneSvg, scenePng } from './render.ts'
import { viewScene } from './scene.ts'
import { sceneInput, type ViewNow } from './sceneInput.ts'

// Loaded when a reader first asks for a picture of the view (DownloadImage.tsx).

export type ImageFormat = 'png' | 'svg'

/**
 * Saves the view as `format`: a PNG at twice the screen's pixels (its device pixel ratio
 * doubled), or an SVG whose words are text. Returns the file's name.
 */
export async function saveViewImage(format: ImageFormat, view: ViewNow, stem: string): Promise<string> {
  const scene = viewScene(sceneInput(view))
  const name = `${stem}.${format}`
  if (format === 'svg') saveFile(new Blob([sceneSvg(scene)], { type: 'image/svg+xml' }), name)
  else saveFile(await scenePng(scene, 2 * (window.devicePixelRatio || 1)), name)
  return name
}
