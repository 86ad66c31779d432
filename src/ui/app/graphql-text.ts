// The text of a typed document, for graphql-ws (urql takes the parsed document itself).
import { stringifyDocument } from "urql";

export function print(document: Parameters<typeof stringifyDocument>[0]): string {
  return stringifyDocument(document);
}
