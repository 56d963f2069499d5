// A small ZIP writer (deflate, no encryption, no ZIP64): enough for a plugin folder of a few hundred files,
// without a dependency. WordPress's uploader, PHP's ZipArchive and Info-ZIP's unzip all read it.
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date, as ZIP headers store them. */
function dosTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/**
 * The bytes of a ZIP archive holding `entries` ({ name, data }), in that order. Folders are implied by the
 * names (`ally-widgets/assets/x.js`); each folder also gets an entry of its own, as zip tools write them.
 */
export function zip(entries, date = new Date()) {
  const { time, day } = dosTime(date);
  const folders = new Set();
  for (const { name } of entries) {
    const parts = name.split('/').slice(0, -1);
    parts.forEach((_, i) => folders.add(parts.slice(0, i + 1).join('/') + '/'));
  }
  const all = [...[...folders].sort().map((name) => ({ name, data: Buffer.alloc(0) })), ...entries];
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of all) {
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = Buffer.from(data);
    const packed = raw.length ? deflateRawSync(raw, { level: 9 }) : raw;
    const method = raw.length ? 8 : 0;
    const crc = crc32(raw);
    // The fields both headers share, in the same order: from "version needed" to the name's length.
    const shared = (header, at) => {
      header.writeUInt16LE(20, at); // version needed: 2.0
      header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
      header.writeUInt16LE(method, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(day, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(raw.length, at + 18);
      header.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the modes below count)
    shared(central, 6);
    const mode = name.endsWith('/') ? 0o40755 : 0o100644;
    central.writeUInt32LE(((mode << 16) | (name.endsWith('/') ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(all.length, 8);
  end.writeUInt16LE(all.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
