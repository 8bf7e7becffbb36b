using System.Globalization;
using System.Text;
using Gateway.GraphQL.Types;

namespace Gateway.Tests.Robustness;

/// <summary>
/// The whole fuzz run, generated from one seed: operations from the schema, the same documents mutated, unusual HTTP
/// (methods, media types, bodies, batches, conditional and oversized headers), then operations again while the sandbox
/// injects each kind of upstream failure (status codes, malformed bodies, dropped connections, latency past the timeout).
/// </summary>
public static class FuzzCorpus
{
    public const int Seed = 20_240_601;

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "...", "\"", "\"\"\"", "\\", "#", ",", "\n", "=", "|", "&", "0", "-1", "1e999",
        "null", "true", "query", "mutation", "subscription", "fragment", "on", "__typename", "__schema", "\u0000", "\ufeff", "é", "😀", "\ud800",
        "\\u{1F600}", "\\uD800", "\\x", "\u2028", "\t", "\r", "0x1f", "1.2.3",
    ];

    /// <summary>The phases, in order.</summary>
    public static IReadOnlyList<FuzzPhase> Build(Schema schema, FuzzPools pools)
    {
        var random = new Random(Seed);
        var fuzzer = new SchemaFuzzer(schema, pools, random);
        var phases = new List<FuzzPhase>
        {
            new("schema", null, [.. Enumerable.Range(0, 400).Select(i => Generated(fuzzer.Next(), "schema", i))]),
            new("mutated", null, Mutated(fuzzer, random, 250)),
            new("http", null, Http(fuzzer, random, pools)),
        };

        string[] eclaire = ["studies", "study", "node", "group", "site", "organization", "statistics"];
        string[] posos = ["contraindications", "interactions", "drugSuggestions", "conditionSuggestions"];
        (string Name, string Rules, string[] Roots, int Count)[] faults =
        [
            ("eclaire 5xx", """[{"upstream":"eclaire","errorRate":0.5,"statusCode":500},{"upstream":"eclaire","statusCode":503}]""", eclaire, 25),
            ("eclaire 4xx", """[{"upstream":"eclaire","route":"GET /R4/ResearchStudy","errorRate":0.6,"statusCode":400},{"upstream":"eclaire","route":"GET /api/statistics","statusCode":418},{"upstream":"eclaire","route":"GET /R4/ResearchStudy/{id}","errorRate":0.5,"statusCode":401},{"upstream":"eclaire","route":"GET /R4/Group/{id}","statusCode":429},{"upstream":"eclaire","route":"GET /R4/Location/{id}","statusCode":403},{"upstream":"eclaire","route":"GET /R4/Organization/{id}","statusCode":408}]""", eclaire, 25),
            ("eclaire odd statuses", """[{"upstream":"eclaire","route":"GET /R4/ResearchStudy","errorRate":0.5,"statusCode":204},{"upstream":"eclaire","route":"GET /api/statistics","statusCode":302},{"upstream":"eclaire","route":"GET /R4/ResearchStudy/{id}","statusCode":304},{"upstream":"eclaire","statusCode":100}]""", eclaire, 15),
            ("eclaire malformed", """[{"upstream":"eclaire","route":"GET /R4/ResearchStudy","errorRate":0.7,"malformedBody":"truncated"},{"upstream":"eclaire","route":"GET /api/statistics","malformedBody":"garbage"},{"upstream":"eclaire","malformedBody":"html"}]""", eclaire, 25),
            ("eclaire drops", """[{"upstream":"eclaire","errorRate":0.6,"dropConnection":true}]""", eclaire, 20),
            ("posos statuses", """[{"upstream":"posos","route":"GET /autocomplete-api/autocomplete","errorRate":0.7,"statusCode":400},{"upstream":"posos","errorRate":0.3,"statusCode":500},{"upstream":"posos","errorRate":0.3,"statusCode":401}]""", posos, 25),
            ("posos other statuses", """[{"upstream":"posos","errorRate":0.3,"statusCode":403},{"upstream":"posos","errorRate":0.3,"statusCode":429},{"upstream":"posos","errorRate":0.3,"statusCode":404},{"upstream":"posos","statusCode":400}]""", posos, 25),
            ("posos malformed", """[{"upstream":"posos","route":"GET /autocomplete-api/autocomplete","malformedBody":"truncated"},{"upstream":"posos","errorRate":0.5,"malformedBody":"garbage"},{"upstream":"posos","malformedBody":"html"}]""", posos, 25),
            ("posos drops", """[{"upstream":"posos","errorRate":0.6,"dropConnection":true}]""", posos, 20),
            ("everything flaky", """[{"latencyMs":20,"errorRate":0.3,"statusCode":503}]""", [.. eclaire, .. posos], 25),
            ("slower than the timeout", """[{"latencyMs":1500}]""", ["statistics", "drugSuggestions"], 3),
        ];
        foreach (var (name, rules, roots, count) in faults)
        {
            phases.Add(new FuzzPhase(name, rules, [.. Enumerable.Range(0, count).Select(i => Generated(fuzzer.Next(roots), name, i))]));
        }

        phases.Add(new FuzzPhase("concurrent", """[{"latencyMs":30,"errorRate":0.3,"statusCode":503}]""", [.. Enumerable.Range(0, 24).Select(i => Generated(fuzzer.Next(), "concurrent", i))])
        {
            Mode = FuzzMode.Concurrent,
        });
        phases.Add(new FuzzPhase("abandoned", """[{"latencyMs":150}]""", [.. Enumerable.Range(0, 12).Select(i => Generated(fuzzer.Next([.. eclaire, .. posos]), "abandoned", i))])
        {
            Mode = FuzzMode.AbandonThenRepeat,
        });

        return phases;
    }

    private static FuzzCase Generated(GeneratedOperation operation, string phase, int index) =>
        FuzzCase.Post($"{phase} #{index.ToString(CultureInfo.InvariantCulture)} ({operation.Description})", operation.Query, operation.VariablesJson, operation.Sensitive);

    private static List<FuzzCase> Mutated(SchemaFuzzer fuzzer, Random random, int count)
    {
        var cases = new List<FuzzCase>(count);
        for (var i = 0; i < count; i++)
        {
            var operation = fuzzer.Next();
            var query = operation.Query;
            var (kind, mutated) = random.Next(14) switch
            {
                12 or 13 => ("drop a colon", DropColon(query, random)),
                0 => ("delete a character", query.Remove(random.Next(query.Length), 1)),
                1 => ("delete a span", query.Remove(random.Next(query.Length / 2), random.Next(1, query.Length / 2))),
                2 => ("insert a token", query.Insert(random.Next(query.Length), Tokens[random.Next(Tokens.Length)])),
                3 => ("truncate", query[..random.Next(query.Length)]),
                4 => ("duplicate a span", Duplicate(query, random)),
                5 => ("two operations", query + " " + query),
                6 => ("anonymous and named", "{ __typename } " + query),
                7 => ("replace a name", ReplaceName(query, random)),
                8 => ("mutation", "mutation" + query["query".Length..]),
                9 => ("subscription", "subscription" + query["query".Length..]),
                10 => ("unknown directive", query.Replace("{ ", "@nope(x: 1) { ", StringComparison.Ordinal)),
                _ => ("swap characters", Swap(query, random)),
            };
            cases.Add(FuzzCase.Post($"mutated #{i.ToString(CultureInfo.InvariantCulture)} ({kind}; {operation.Description})", mutated, operation.VariablesJson, operation.Sensitive));
        }

        // Documents made to hit the engine's limits.
        var nested = new StringBuilder("{ study(id: \"x\") { group { study { group { study { group { study { group { study { group { study { group { study { group { study { group { study { eclaireId } } } } } } } } } } } } } } } } } }");
        cases.Add(FuzzCase.Post("limits: depth", nested.ToString()));
        cases.Add(FuzzCase.Post("limits: cost", "{ " + string.Join(" ", Enumerable.Range(0, 60).Select(i => $"a{i}: studies(first: 100) {{ nodes {{ sites {{ name }} }} }}")) + " }"));
        cases.Add(FuzzCase.Post("limits: fields", "{ " + string.Join(" ", Enumerable.Range(0, 1500).Select(i => $"a{i}: __typename")) + " }"));
        cases.Add(FuzzCase.Post("limits: fragment cycle", "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        cases.Add(FuzzCase.Post("limits: fragment fan-out", "query { ...F0 } " + string.Join(" ", Enumerable.Range(0, 12).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")) + " fragment F12 on Query { statistics { totalStudies } }"));
        cases.Add(FuzzCase.Post("limits: nesting", new string('{', 300) + new string('}', 300)));
        cases.Add(FuzzCase.Post("limits: list nesting", "{ studies(order: " + new string('[', 300) + new string(']', 300) + ") { totalCount } }"));
        cases.Add(FuzzCase.Post("limits: tokens", "{ " + string.Concat(Enumerable.Repeat("__typename ", 120_000)) + "}"));
        cases.Add(FuzzCase.Post("introspection", "{ __schema { types { name fields(includeDeprecated: true) { name args { name type { name kind ofType { name ofType { name ofType { name } } } } } } } } }"));
        cases.Add(FuzzCase.Post("introspection: deep ofType", "{ __type(name: \"Study\") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }"));
        cases.Add(FuzzCase.Post("unknown operation name", "query A { __typename } query B { statistics { totalStudies } }", operationName: "C"));
        cases.Add(FuzzCase.Post("two anonymous operations", "{ __typename } { statistics { totalStudies } }"));
        cases.Add(FuzzCase.Post("undefined variable", "query { studies(first: $n) { totalCount } }"));
        cases.Add(FuzzCase.Post("block string", "{ study(id: \"\"\"\n  2022-500014-26-00\n\"\"\") { title } }"));
        cases.Add(FuzzCase.Post("unicode escapes", "{ study(id: \"\\u{1F600}\\uD800\\u0000\") { title } }"));
        cases.Add(FuzzCase.Post("big number", "{ studies(first: 1" + new string('0', 5000) + ") { totalCount } }"));
        cases.Add(FuzzCase.Post("long name", "{ " + new string('a', 100_000) + " }"));
        cases.Add(FuzzCase.Post("comment only", "# nothing\n"));
        cases.Add(FuzzCase.Post("empty query", string.Empty));
        cases.Add(FuzzCase.Post("NUL in document", "{ statistics\u0000 { totalStudies } }"));
        return cases;
    }

    // A colon dropped before an argument's value: the parser stops on the value itself (a birth date, a code).
    private static string DropColon(string query, Random random)
    {
        var colons = Enumerable.Range(0, query.Length).Where(i => query[i] == ':').ToList();
        return colons.Count == 0 ? query : query.Remove(colons[random.Next(colons.Count)], 1);
    }

    private static string Duplicate(string query, Random random)
    {
        var start = random.Next(query.Length);
        var length = random.Next(1, Math.Min(40, query.Length - start) + 1);
        return query.Insert(start, query.Substring(start, length));
    }

    private static string Swap(string query, Random random)
    {
        var chars = query.ToCharArray();
        var a = random.Next(chars.Length);
        var b = random.Next(chars.Length);
        (chars[a], chars[b]) = (chars[b], chars[a]);
        return new string(chars);
    }

    private static string ReplaceName(string query, Random random)
    {
        string[] names = ["eclaireId", "title", "totalCount", "nodes", "designation", "code", "label", "status", "first", "drugs", "patient", "where"];
        var name = names[random.Next(names.Length)];
        return query.Replace(name, random.Next(2) == 0 ? name + "X" : "__" + name, StringComparison.Ordinal);
    }

    private static List<FuzzCase> Http(SchemaFuzzer fuzzer, Random random, FuzzPools pools)
    {
        const string Valid = "{ statistics { totalStudies } }";
        var study = pools.StudyIds[0];
        var cases = new List<FuzzCase>();
        void Get(string name, string queryString, params (string Name, string Value)[] headers) =>
            cases.Add(new FuzzCase(name, HttpMethod.Get, "/graphql" + queryString) { Headers = [.. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))] });
        void PostBody(string name, string contentType, string body, params (string Name, string Value)[] headers) =>
            cases.Add(FuzzCase.PostRaw(name, contentType, Encoding.UTF8.GetBytes(body)) with { Headers = [.. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))] });
        void PostQuery(string name, string query, params (string Name, string Value)[] headers) =>
            cases.Add(FuzzCase.Post(name, query) with { Headers = [.. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))] });
        static string Q(string value) => Uri.EscapeDataString(value);

        // GET: queries, mutations, and broken parameters.
        Get("GET query", "?query=" + Q(Valid));
        Get("GET mutation", "?query=" + Q("mutation { statistics { totalStudies } }"));
        Get("GET mutation among operations", "?query=" + Q("query A { __typename } mutation B { x }") + "&operationName=B");
        Get("GET subscription", "?query=" + Q("subscription { statistics { totalStudies } }"));
        Get("GET without query", string.Empty, ("Accept", "application/json"));
        Get("GET empty query", "?query=");
        Get("GET two queries", "?query=" + Q(Valid) + "&query=" + Q("{ __typename }"));
        Get("GET variables not JSON", "?query=" + Q("query($id: ID!) { study(id: $id) { title } }") + "&variables=" + Q("{id:"));
        Get("GET variables an array", "?query=" + Q(Valid) + "&variables=" + Q("[1]"));
        Get("GET variables huge number", "?query=" + Q("query($n: Int!) { studies(first: $n) { totalCount } }") + "&variables=" + Q("{\"n\":1e400}"));
        Get("GET extensions garbage", "?query=" + Q(Valid) + "&extensions=" + Q("{{"));
        Get("GET persisted query extension", "?extensions=" + Q("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}"));
        Get("GET operationName array", "?query=" + Q(Valid) + "&operationName=a&operationName=b");
        Get("GET broken percent-encoding", "?query=%7B%20statistics%20%7B%20totalStudies%20%7D%20%7D%ZZ%");
        Get("GET long query string", "?query=" + Q("{ study(id: \"" + new string('x', 30_000) + "\") { title } }"));
        Get("GET patient in query string", "?query=" + Q("{ contraindications(drugs: [{ brandedDrug: { code: \"61052830\" } }], patient: { birthDate: \"1953-07-14\" }) { designation } }"));
        cases[^1] = cases[^1] with { Sensitive = ["1953-07-14"] };
        Get("GET sdl", "?sdl", ("Accept", "text/plain"));
        cases[^1] = cases[^1] with { Expectation = FuzzExpectation.NotGraphQL };
        Get("GET IDE", string.Empty, ("Accept", "text/html"));
        cases[^1] = cases[^1] with { Expectation = FuzzExpectation.NotGraphQL };
        foreach (var target in new[] { "/graphql/", "/graphql/bcp-config.json", "/graphql/../../etc/passwd", "/graphql/%2e%2e/%2e%2e/etc/passwd", "/graphql/static/nope.js", "/graphql/LICENSE", "/graphql//" })
        {
            cases.Add(new FuzzCase("IDE file " + target, HttpMethod.Get, target) { Expectation = FuzzExpectation.NotGraphQL, Headers = [KeyValuePair.Create("Accept", "text/html")] });
        }

        // Methods.
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options, new HttpMethod("TRACE"), new HttpMethod("PROPFIND") })
        {
            cases.Add(new FuzzCase(method + " /graphql", method, "/graphql") { ContentType = "application/json", Body = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}") });
        }

        cases.Add(new FuzzCase("HEAD /graphql", HttpMethod.Head, "/graphql?query=" + Q(Valid)) { Expectation = FuzzExpectation.NotGraphQL });

        // Accept.
        foreach (var accept in new[] { "", "text/html", "application/xml", "*/*;q=0", "application/graphql-response+json;q=0.5, application/json;q=0.9", "application/json;charset=utf-16", ";;;,,,", "application/*", "*/*", "application/graphql-response+json", "application/json; q=abc", string.Join(", ", Enumerable.Range(0, 500).Select(i => $"type/sub{i}")) })
        {
            PostQuery("Accept: " + (accept.Length > 40 ? accept[..40] : accept), Valid, ("Accept", accept));
        }

        // Content types.
        foreach (var contentType in new[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql", "application/json; charset=utf-16", "application/json;charset=\"utf-8\"", "application/json; charset=latin1", "APPLICATION/JSON", "application/jsonp", "application/json, text/plain", "application/graphql-response+json", "application/" + new string('j', 5000), "application/json; charset=" })
        {
            PostBody("Content-Type: " + (contentType.Length > 40 ? contentType[..40] : contentType), contentType, "{\"query\":\"" + Valid + "\"}");
        }

        // Bodies.
        var bodies = new[]
        {
            "", "{", "null", "[]", "[null]", "[[]]", "[1,2]", "\"query\"", "{\"query\":1}", "{\"query\":null}", "{\"query\":[\"{ __typename }\"]}",
            "{\"query\":\"{ __typename }\",\"variables\":\"string\"}", "{\"query\":\"{ __typename }\",\"variables\":[]}", "{\"query\":\"{ __typename }\",\"extensions\":1}",
            "{\"query\":\"{ __typename }\",\"operationName\":1}", "{\"query\":\"{ __typename }\",\"query\":\"{ statistics { totalStudies } }\"}",
            "{\"query\":\"{ __typename }\"} trailing", "{\"query\":\"{ __typename }\",}", "{'query':'{ __typename }'}", new string('[', 70) + new string(']', 70),
            "{\"query\":\"{ __typename }\",\"variables\":" + new string('[', 70) + new string(']', 70) + "}", "{\"query\":\"\\ud800\"}", "{\"query\":\"{ __typename }\",\"variables\":{\"\\ud800\":1}}",
            "{\"query\":\"{ __typename }\",\"variables\":{\"a\":NaN}}", "\u0000\u0001", "{\"query\":\"{ __typename }\"}\u0000",
            "[{\"query\":\"{ __typename }\"},{\"query\":\"{ statistics { totalStudies } }\"}]",
            "[{\"query\":\"{ __typename }\"},null,1,\"x\",[],{\"query\":\"mutation { x }\"},{}]",
            "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ __typename }\"}", 11)) + "]",
            "[[{\"query\":\"{ __typename }\"}]]",
        };
        foreach (var body in bodies)
        {
            PostBody("body " + (body.Length > 40 ? body[..40] : body), "application/json", body);
        }

        cases.Add(FuzzCase.PostRaw("body: invalid UTF-8", "application/json", [.. "{\"query\":\"{ study(id: \\\""u8, 0xff, 0xfe, 0xc3, .. "\\\") { title } }\"}"u8]));
        cases.Add(FuzzCase.PostRaw("body: UTF-16 with BOM", "application/json", [0xff, 0xfe, .. Encoding.Unicode.GetBytes("{\"query\":\"{ __typename }\"}")]));
        cases.Add(FuzzCase.PostRaw("body: UTF-8 BOM", "application/json", [0xef, 0xbb, 0xbf, .. "{\"query\":\"{ __typename }\"}"u8]));
        cases.Add(FuzzCase.PostRaw("body: over the limit", "application/json", Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"x\":\"" + new string('x', 2_200_000) + "\"}")));
        cases.Add(FuzzCase.PostRaw("body: gzip bytes", "application/json", [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]));
        cases.Add(FuzzCase.PostRaw("body: batch with a patient", "application/json", Encoding.UTF8.GetBytes(
            "[{\"query\":\"query($p: PatientInput!) { studies(first: 2) { nodes { eligibility(patient: $p) { status } } } }\",\"variables\":{\"p\":{\"birthDate\":\"1949-09-19\",\"conditions\":[{\"coding\":{\"code\":\"77386007\"}}]}}},"
            + "{\"query\":\"query($p: PatientInput!) { contraindications(drugs: [{ brandedDrug: { code: \\\"61052830\\\" } }], patient: $p) { designation } }\",\"variables\":{\"p\":{\"birthDate\":\"1949-09-19\"}}}]")) with
        {
            Sensitive = ["1949-09-19", "77386007"],
        });

        // Conditional requests and headers.
        foreach (var tag in new[] { "*", "garbage", "W/\"x\"", "\"", "W/", string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"\"{i}\"")), "\"" + new string('e', 65_000) + "\"", "*, W/\"a\"", "\u00e9" })
        {
            PostQuery("If-None-Match: " + (tag.Length > 30 ? tag[..30] : tag), Valid, ("If-None-Match", tag));
            Get("GET If-None-Match: " + (tag.Length > 30 ? tag[..30] : tag), "?query=" + Q(Valid), ("If-None-Match", tag));
        }

        PostQuery("huge header", Valid, ("X-Padding", new string('p', 64_000)));
        PostQuery("huge Authorization", "{ study(id: \"" + study + "\") { title } }", ("Authorization", "Bearer " + new string('a', 32_000)));
        PostQuery("Authorization garbage", "{ study(id: \"" + study + "\") { title } }", ("Authorization", "\u0001\u0002 Basic ==="));
        PostQuery("many headers", Valid, [.. Enumerable.Range(0, 300).Select(i => ($"X-H{i}", "v"))]);
        PostQuery("Content-Encoding gzip", Valid, ("Content-Encoding", "gzip"));
        PostQuery("Expect 100-continue", Valid, ("Expect", "100-continue"));
        PostQuery("X-Forwarded garbage", Valid, ("X-Forwarded-For", "not an address"), ("X-Forwarded-Host", "\u0000"), ("Host", "evil.example"));
        PostQuery("Cache-Control no-cache", Valid, ("Cache-Control", "no-cache, max-age=-1"), ("Pragma", "no-cache"));
        cases.Add(FuzzCase.PostRaw("Content-Length lies", "application/json", Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}")) with { Headers = [KeyValuePair.Create("X-Fuzz-Content-Length", "5")] });

        // Variables of every wrong type for each kind of argument.
        string[] typed =
        [
            "query($n: Int!) { studies(first: $n) { totalCount } }",
            "query($a: String) { studies(after: $a) { totalCount } }",
            "query($id: ID!) { node(id: $id) { id } }",
            "query($w: StudyFilter) { studies(where: $w) { totalCount } }",
            "query($o: [StudySort!]) { studies(order: $o) { totalCount } }",
            "query($d: [DrugInput!]!) { interactions(drugs: $d) { designation } }",
            "query($d: [DrugInput!]!, $p: PatientInput) { contraindications(drugs: $d, patient: $p) { designation } }",
            "query($t: [AlertType!]) { contraindications(drugs: [{ clinicalDrug: { code: \"MV00003202\" } }], types: $t) { designation } }",
            "query($s: String!, $k: Int!) { drugSuggestions(search: $s, first: $k) { code } }",
            "query($p: PatientInput!) { studies(first: 2) { nodes { eligibility(patient: $p) { status } } } }",
        ];
        foreach (var query in typed)
        {
            for (var i = 0; i < 3; i++)
            {
                var names = query[(query.IndexOf('(', StringComparison.Ordinal) + 1)..query.IndexOf(')', StringComparison.Ordinal)]
                    .Split(',').Select(v => v.Trim()[1..v.Trim().IndexOf(':', StringComparison.Ordinal)]);
                var variables = "{" + string.Join(",", names.Select(n => FuzzValue.Json(n) + ":" + FuzzPools.WrongJson[random.Next(FuzzPools.WrongJson.Count)])) + "}";
                cases.Add(FuzzCase.Post("wrong variable types: " + query[..Math.Min(40, query.Length)], query, variables));
            }
        }

        // A few generated operations sent by GET.
        for (var i = 0; i < 10; i++)
        {
            var operation = fuzzer.Next();
            var target = "?query=" + Q(operation.Query) + (operation.VariablesJson is { } v ? "&variables=" + Q(v) : string.Empty);
            cases.Add(new FuzzCase("GET generated " + operation.Description, HttpMethod.Get, "/graphql" + target) { Sensitive = operation.Sensitive });
        }

        return cases;
    }
}
