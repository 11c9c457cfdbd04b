using System.Text.Json;
using System.Text.Json.Nodes;
using Finsam.Gateway.HttpRules;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Finsam.Gateway.ApiDescription;

// An OpenAPI 3 description of the whole JSON API, built from the contracts' descriptors:
// each method's google.api.http rule gives the path and verb, its messages the schemas,
// as JSON transcoding maps them (proto3 JSON: lowerCamel names, 64-bit integers and
// enums as strings). Paths are written as a client writes them (see PathTemplate).
internal static class OpenApiDocument
{
    public static JsonObject Build(IEnumerable<ServiceDescriptor> services)
    {
        var paths = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var schemas = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var tags = new JsonArray();

        foreach (var service in services)
        {
            tags.Add(new JsonObject { ["name"] = service.Name, ["description"] = $"gRPC: {service.FullName} ({service.File.Name})" });
            foreach (var binding in service.Methods.SelectMany(HttpBinding.Of))
            {
                var path = binding.Path.ClientPath;
                if (!paths.TryGetValue(path, out var item))
                {
                    paths[path] = item = [];
                }
                item[binding.HttpMethod.ToLowerInvariant()] = Operation(service, binding, schemas);
            }
        }

        schemas["google.rpc.Status"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "An error: the gRPC status code, a message and details such as google.rpc.BadRequest's field violations.",
            ["properties"] = new JsonObject
            {
                ["code"] = new JsonObject { ["type"] = "integer", ["format"] = "int32" },
                ["message"] = new JsonObject { ["type"] = "string" },
                ["details"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } },
            },
        };

        var pathsObject = new JsonObject();
        foreach (var (path, item) in paths)
        {
            pathsObject[path] = item;
        }
        pathsObject["/connect/token"] = TokenEndpoint();
        var schemasObject = new JsonObject();
        foreach (var (name, schema) in schemas)
        {
            schemasObject[name] = schema;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "Finsam",
                ["version"] = "v1",
                ["description"] = "Budget, member funding and plans for Swedish coordination federations. " +
                    "Every call but the token endpoint, the catalogue and published documents needs a bearer token from /connect/token. " +
                    "Amounts are öre; 64-bit integers are JSON strings.",
            },
            ["tags"] = tags,
            ["paths"] = pathsObject,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemasObject,
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
            },
            ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
        };
    }

    private static JsonObject Operation(ServiceDescriptor service, HttpBinding binding, SortedDictionary<string, JsonNode> schemas)
    {
        var (method, rule, boundFields) = (binding.Method, binding.Rule, binding.Path.BoundFields);
        var parameters = new JsonArray();
        foreach (var parameter in binding.Path.Parameters)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = parameter.Name,
                ["in"] = "path",
                ["required"] = true,
                ["description"] = parameter.Field is { } field ? $"Part of the request's {field}." : "A path segment.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        var input = method.InputType;
        if (rule.Body != "*")
        {
            foreach (var field in input.Fields.InFieldNumberOrder())
            {
                if (boundFields.Contains(field.Name) || boundFields.Any(b => b.StartsWith(field.Name + ".", StringComparison.Ordinal)) || field.Name == rule.Body)
                {
                    continue;
                }
                if (field.FieldType == FieldType.Message && !IsScalarLike(field.MessageType))
                {
                    continue;
                }
                parameters.Add(new JsonObject
                {
                    ["name"] = field.JsonName,
                    ["in"] = "query",
                    ["schema"] = SchemaOf(field, schemas),
                });
            }
        }

        var operation = new JsonObject
        {
            ["tags"] = new JsonArray(service.Name),
            ["operationId"] = $"{service.Name}_{method.Name}",
            ["summary"] = method.Name,
            ["description"] = $"gRPC: {service.FullName}/{method.Name}",
        };
        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }
        if (rule.Body.Length > 0)
        {
            var body = rule.Body == "*"
                ? Reference(input, schemas)
                : SchemaOf(input.FindFieldByName(rule.Body), schemas);
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = body } },
            };
        }

        JsonNode output = Reference(method.OutputType, schemas);
        if (method.IsServerStreaming)
        {
            output = new JsonObject { ["type"] = "array", ["items"] = output, ["description"] = "A stream of messages, as a JSON array." };
        }
        // An HttpBody answer is a file in its own content type (a PDF, a Word document), not JSON.
        var outputType = method.OutputType.FullName == "google.api.HttpBody" ? "*/*" : "application/json";
        operation["responses"] = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = "OK",
                ["content"] = new JsonObject { [outputType] = new JsonObject { ["schema"] = output } },
            },
            ["default"] = new JsonObject
            {
                ["description"] = "An error (google.rpc.Status)",
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/google.rpc.Status" } } },
            },
        };
        return operation;
    }

    private static JsonObject TokenEndpoint() => new()
    {
        ["post"] = new JsonObject
        {
            ["tags"] = new JsonArray("Sign-in"),
            ["operationId"] = "Token",
            ["summary"] = "Token",
            ["description"] = "OAuth 2.0 token endpoint: grant_type=client_credentials (client_id, client_secret); " +
                "authorization_code (client_id, code, redirect_uri, code_verifier) and refresh_token (client_id, refresh_token) " +
                "for a person signed in through a client app at /connect/authorize (PKCE, S256). " +
                "People get tokens only that way, through a client app.",
            ["security"] = new JsonArray(),
            ["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject
                {
                    ["application/x-www-form-urlencoded"] = new JsonObject
                    {
                        ["schema"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["required"] = new JsonArray("grant_type"),
                            ["properties"] = new JsonObject
                            {
                                ["grant_type"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("client_credentials", "authorization_code", "refresh_token") },
                                ["client_id"] = new JsonObject { ["type"] = "string" },
                                ["client_secret"] = new JsonObject { ["type"] = "string" },
                                ["code"] = new JsonObject { ["type"] = "string" },
                                ["redirect_uri"] = new JsonObject { ["type"] = "string" },
                                ["code_verifier"] = new JsonObject { ["type"] = "string" },
                                ["refresh_token"] = new JsonObject { ["type"] = "string" },
                            },
                        },
                    },
                },
            },
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject { ["description"] = "access_token, token_type, expires_in; id_token and refresh_token for a person signed in through a client app" },
                ["400"] = new JsonObject { ["description"] = "error and error_description" },
                ["429"] = new JsonObject { ["description"] = "Too many token requests from this address" },
            },
        },
    };

    // A message as a reference to its schema, well-known types inline as proto3 JSON writes them.
    private static JsonNode Reference(MessageDescriptor message, SortedDictionary<string, JsonNode> schemas)
    {
        if (WellKnown(message) is { } inline)
        {
            return inline;
        }
        if (!schemas.ContainsKey(message.FullName))
        {
            schemas[message.FullName] = new JsonObject(); // Reserved first: messages may refer to themselves.
            var properties = new JsonObject();
            foreach (var field in message.Fields.InFieldNumberOrder())
            {
                properties[field.JsonName] = SchemaOf(field, schemas);
            }
            schemas[message.FullName] = new JsonObject { ["type"] = "object", ["properties"] = properties };
        }
        return new JsonObject { ["$ref"] = $"#/components/schemas/{message.FullName}" };
    }

    private static JsonNode SchemaOf(FieldDescriptor field, SortedDictionary<string, JsonNode> schemas)
    {
        if (field.IsMap)
        {
            var value = field.MessageType.FindFieldByNumber(2);
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = SchemaOf(value, schemas) };
        }
        var single = field.FieldType switch
        {
            FieldType.Message or FieldType.Group => Reference(field.MessageType, schemas),
            FieldType.Enum => new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray([.. field.EnumType.Values.Select(v => (JsonNode)JsonValue.Create(v.Name)!)]),
            },
            _ => Scalar(field.FieldType),
        };
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = single } : single;
    }

    private static JsonObject Scalar(FieldType type) => type switch
    {
        FieldType.Bool => new JsonObject { ["type"] = "boolean" },
        FieldType.String => new JsonObject { ["type"] = "string" },
        FieldType.Bytes => new JsonObject { ["type"] = "string", ["format"] = "byte" },
        FieldType.Double => new JsonObject { ["type"] = "number", ["format"] = "double" },
        FieldType.Float => new JsonObject { ["type"] = "number", ["format"] = "float" },
        // Transcoding writes 64-bit integers as JSON numbers and reads numbers or strings.
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
        FieldType.UInt64 or FieldType.Fixed64 => new JsonObject { ["type"] = "integer", ["format"] = "int64", ["minimum"] = 0 },
        FieldType.UInt32 or FieldType.Fixed32 => new JsonObject { ["type"] = "integer", ["format"] = "int64", ["minimum"] = 0 },
        _ => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
    };

    private static bool IsScalarLike(MessageDescriptor message) => WellKnown(message) is not null;

    private static JsonObject? WellKnown(MessageDescriptor message) => message.FullName switch
    {
        "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        "google.protobuf.Duration" => new JsonObject { ["type"] = "string", ["example"] = "3.5s" },
        "google.protobuf.FieldMask" => new JsonObject { ["type"] = "string", ["example"] = "displayName,members" },
        "google.protobuf.Empty" => new JsonObject { ["type"] = "object" },
        "google.protobuf.Struct" or "google.protobuf.Any" => new JsonObject { ["type"] = "object" },
        "google.protobuf.Value" => new JsonObject(),
        "google.protobuf.StringValue" => new JsonObject { ["type"] = "string", ["nullable"] = true },
        "google.protobuf.BoolValue" => new JsonObject { ["type"] = "boolean", ["nullable"] = true },
        "google.protobuf.Int32Value" or "google.protobuf.UInt32Value" => new JsonObject { ["type"] = "integer", ["nullable"] = true },
        "google.protobuf.Int64Value" or "google.protobuf.UInt64Value" => new JsonObject { ["type"] = "integer", ["format"] = "int64", ["nullable"] = true },
        "google.protobuf.DoubleValue" or "google.protobuf.FloatValue" => new JsonObject { ["type"] = "number", ["nullable"] = true },
        "google.protobuf.BytesValue" => new JsonObject { ["type"] = "string", ["format"] = "byte", ["nullable"] = true },
        "google.api.HttpBody" => new JsonObject { ["type"] = "string", ["format"] = "binary" },
        _ => null,
    };

    public static string Serialize(JsonObject document) => document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
