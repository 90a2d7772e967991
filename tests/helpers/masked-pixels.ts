import type { Browser } from 'playwright'

export interface PixelBox {
  id: string
  x: number
  y: number
  width: number
  height: number
}

/** The share (0 to 1, two decimals) of the pixels in each box that are the magenta secrets are
 * masked with, read by decoding the JPEG in a page of `browser`. `scale` maps the boxes' CSS
 * pixels to the image's: 1 for a screenshot, 0.25 for a thumbnail. */
export async function maskedShare(browser: Browser, image: Buffer, boxes: readonly PixelBox[], scale = 1): Promise<Record<string, number>> {
  const page = await browser.newPage()
  try {
    return await page.evaluate(
      async ({ data, boxes, scale }) => {
        const img = new Image()
        img.src = `data:image/jpeg;base64,${data}`
        await img.decode()
        const canvas = document.createElement('canvas')
        canvas.width = img.naturalWidth
        canvas.height = img.naturalHeight
        const g = canvas.getContext('2d')!
        g.drawImage(img, 0, 0)
        const shares: Record<string, number> = {}
        for (const box of boxes) {
          const w = Math.max(1, Math.round(box.width * scale))
          const h = Math.max(1, Math.round(box.height * scale))
          const px = g.getImageData(Math.round(box.x * scale), Math.round(box.y * scale), w, h).data
          let magenta = 0
          // JPEG shifts colours a little; Playwright's and cancelcheck's masks are #ff00ff.
          for (let i = 0; i < px.length; i += 4) if (px[i]! > 180 && px[i + 1]! < 100 && px[i + 2]! > 180) magenta += 1
          shares[box.id] = Math.round((magenta / (px.length / 4)) * 100) / 100
        }
        return shares
      },
      { data: image.toString('base64'), boxes, scale },
    )
  } finally {
    await page.close()
  }
}
