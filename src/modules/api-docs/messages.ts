import type { Locale } from "../../domain/locale";

const de = {
  title: "Offene Schnittstelle (API)",
  version: "Version",
  document: "OpenAPI-Dokument (JSON)",
  endpoints: "Endpunkte",
  parameters: "Parameter",
  name: "Name",
  in: "Ort",
  type: "Typ",
  description: "Beschreibung",
  required: "Pflicht",
  responses: "Antworten",
  schemas: "Datenmodelle",
};
export type ApiDocsMessages = typeof de;

const en: ApiDocsMessages = {
  title: "Open interface (API)",
  version: "Version",
  document: "OpenAPI document (JSON)",
  endpoints: "Endpoints",
  parameters: "Parameters",
  name: "Name",
  in: "In",
  type: "Type",
  description: "Description",
  required: "required",
  responses: "Responses",
  schemas: "Data models",
};

export const API_DOCS_MESSAGES: Record<Locale, ApiDocsMessages> = { de, en };
