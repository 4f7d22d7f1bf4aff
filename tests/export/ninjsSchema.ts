// IPTC's ninjs 3.1 schema (tests/export/fixtures, CC BY 4.0) compiled as a receiver would check it: Ajv's
// 2020-12 build with its defaults (format checking on) plus ajv-formats, so every `uri`, rendition href and
// date-time must be what the schema names. Strict, except for the schema's own habit of listing `required`
// properties defined in a sibling branch.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const schema = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'ninjs-schema_3.1.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
// ninjs refers to the GeoJSON schema for a place's geometry; the tests run offline and we write no places,
// so any object stands in for it.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });

export const validateNinjs = ajv.compile(schema);
