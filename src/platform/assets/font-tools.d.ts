// subset-font and fontverter (its dependency, used by the tests to read WOFF2) ship no types;
// only the calls made here.
declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: "sfnt" | "woff" | "woff2" },
  ): Promise<Buffer>;
}

declare module "fontverter" {
  const fontverter: {
    convert(font: Buffer, toFormat: "sfnt" | "woff" | "woff2"): Promise<Buffer>;
  };
  export default fontverter;
}
