import { readFile } from 'node:fs/promises'

export interface ImageSize {
  width: number
  height: number
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Pixel size of a PNG (IHDR chunk) or JPEG (first start-of-frame marker), or undefined when the
 * file is missing or neither. The evidence crop needs it to keep the cropped region inside the image. */
export async function readImageSize(file: string): Promise<ImageSize | undefined> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch {
    return undefined
  }
  return imageSizeOf(bytes)
}

export function imageSizeOf(bytes: Buffer): ImageSize | undefined {
  const size = bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? pngSize(bytes) : jpegSize(bytes)
  return size && size.width > 0 && size.height > 0 ? size : undefined
}

function pngSize(bytes: Buffer): ImageSize | undefined {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

function jpegSize(bytes: Buffer): ImageSize | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1]!
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) }
    }
    offset += 2 + bytes.readUInt16BE(offset + 2)
  }
  return undefined
}
