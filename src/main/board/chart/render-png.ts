import { Resvg } from '@resvg/resvg-js'

/**
 * SVG to PNG with resvg (Rust, shipped as a Node-API prebuild in the npm package: nothing is
 * downloaded or compiled), at twice the drawing's pixels so the chart stays sharp in print.
 */
export function svgToPng(svg: string, width: number): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff'
  })
    .render()
    .asPng()
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}
