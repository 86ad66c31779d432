import {
  GraphQLError,
  specifiedRules,
  type ValidationRule,
  ValuesOfCorrectTypeRule,
  validate,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** GraphQL validation, with wrong argument values (unknown enum values, wrong types) reported as BAD_USER_INPUT. */
function validateWithInputCodes(
  ...[schema, document, rules, options, typeInfo]: Parameters<typeof validate>
) {
  const valueRules = new Set<ValidationRule>([ValuesOfCorrectTypeRule]);
  const otherRules = (rules ?? specifiedRules).filter((rule) => !valueRules.has(rule));
  const errors = validate(schema, document, otherRules, options, typeInfo);
  const valueErrors = validate(schema, document, [...valueRules], options, typeInfo).map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { code: "BAD_USER_INPUT" },
      }),
  );
  return [...errors, ...valueErrors];
}

/**
 * The caller's input mistakes that GraphQL itself finds get the contract's BAD_USER_INPUT: wrong argument
 * values at validation, and variables of the wrong type or shape (errors raised before any resolver runs,
 * with no path and no code).
 */
export function inputErrorsPlugin(): Plugin {
  return {
    onValidate({ setValidationFn }) {
      setValidationFn(validateWithInputCodes);
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          if (!result.errors.some((error) => !error.path && !error.extensions?.code)) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              error.path || error.extensions?.code
                ? error
                : new GraphQLError(error.message, {
                    nodes: error.nodes,
                    source: error.source,
                    positions: error.positions,
                    originalError: error.originalError,
                    extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
                  }),
            ),
          });
        },
      };
    },
  };
}
