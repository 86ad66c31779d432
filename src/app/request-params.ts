/**
 * Request parameters that are not JSON are the caller's mistake: `GET /graphql?variables=notjson` (where
 * Yoga's parser throws a bare SyntaxError, which would be masked as INTERNAL_SERVER_ERROR) and a POST body
 * that is not JSON (Yoga's own BAD_REQUEST) both answer HTTP 400 with the contract's BAD_USER_INPUT.
 * It wraps whichever parser Yoga picked for the request; every other error passes as it is.
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

function notJson(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

function asInputError(error: unknown, method: string): unknown {
  if (error instanceof SyntaxError) {
    return notJson(
      method === "GET"
        ? "The variables or extensions parameter of the query string is not valid JSON"
        : "The request body is not valid JSON",
    );
  }
  if (
    error instanceof GraphQLError &&
    error.extensions.code === "BAD_REQUEST" &&
    /JSON/.test(error.message)
  ) {
    return notJson("The request body is not valid JSON");
  }
  return error;
}

export function requestParamsPlugin(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (parsed) => {
        try {
          return await parse(parsed);
        } catch (error) {
          throw asInputError(error, request.method);
        }
      });
    },
  };
}
