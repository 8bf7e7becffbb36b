using System.Globalization;
using System.Text;
using Gateway.Tests.Posos.Support;
using Xunit.Abstractions;

namespace Gateway.Tests.Robustness;

/// <summary>
/// Posos answering anything (a scripted Posos on a real port, seeded): statuses, bodies that are not JSON, GraphQL
/// answers whose <c>data</c>, <c>errors</c>, paths, messages, extensions and every field of the alerts and interactions
/// have any JSON kind, numbers past double's range, Posos's messages quoting the request's drugs. The gateway's answer
/// to each must pass <see cref="FuzzChecks"/>: below 500, a GraphQL body with coded errors and no
/// <c>INTERNAL_SERVER_ERROR</c>, no stack trace, token or drug code in a message or a log line, nothing logged as an error.
/// </summary>
public sealed class PososAnswerFuzzTests(ScriptedPososFixture fixture, ITestOutputHelper output) : IClassFixture<ScriptedPososFixture>
{
    private const int Seed = 20_240_602;

    private static readonly string[] Drugs = ["61052830", "67037301", "67997205"];

    private static readonly string Query = """
        query Alerts($drugs: [DrugInput!]!) {
          contraindications(drugs: $drugs, patient: { birthDate: "1948-03-17", sex: F }) { ...AlertFields a: designation }
          interactions(drugs: $drugs) { ...InteractionFields b: type }
        }
        """ + "\n" + PososDocuments.Fragments;

    private static readonly string[] AlertFields = ["designation", "type", "condition", "patient", "warnings", "drug", "comment", "source", "a"];

    private static readonly string[] InteractionFields = ["designation", "type", "warnings", "right", "left", "source", "b"];

    [Fact]
    public async Task Any_answer_from_Posos_is_a_coded_error_or_data_never_a_crash_or_a_leak()
    {
        var random = new Random(Seed);
        var problems = new List<string>();
        var variables = "{\"drugs\":[" + string.Join(",", Drugs.Select(d => "{\"brandedDrug\":{\"code\":\"" + d + "\"}}")) + "]}";
        var body = Encoding.UTF8.GetBytes("{\"query\":" + FuzzValue.Json(Query) + ",\"variables\":" + variables + "}");
        const int Count = 200;
        for (var i = 0; i < Count; i++)
        {
            var answer = Answer(random);
            fixture.Posos.Mode = ScriptedMode.Raw;
            fixture.Posos.RawAnswer = answer;
            var logsBefore = fixture.Logs.Lines.Count;
            using var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            using var response = await fixture.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var fuzzCase = FuzzCase.PostRaw($"Posos answer #{i.ToString(CultureInfo.InvariantCulture)}: {answer.Status} {Shorten(answer.Body)}", "application/json", body) with
            {
                Sensitive = [.. Drugs, "1948-03-17"],
            };
            var found = FuzzChecks.ResponseProblems(fuzzCase, response.StatusCode, response.Content.Headers.ContentType?.ToString(), bytes, ScriptedPosos.Token)
                .Concat(FuzzChecks.LogProblems([.. fixture.Logs.Lines.Skip(logsBefore)], fuzzCase.Sensitive, ScriptedPosos.Token));
            problems.AddRange(found.Select(p => fuzzCase.Name + "\n    → " + p));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Count} Posos answers, {fixture.Logs.Lines.Count} log lines"));
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(40)));
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private static (int Status, string Body) Answer(Random random)
    {
        int[] statuses = [200, 200, 200, 200, 200, 200, 400, 500, 502, 207, 299, 404];
        var status = statuses[random.Next(statuses.Length)];
        if (random.Next(8) == 0)
        {
            string[] raw = ["", "null", "[]", "{", "\"x\"", "1e400", "{\"data\":", new string('x', 100_000), "{\"data\":{}}trailing", "\u0000"];
            return (status, raw[random.Next(raw.Length)]);
        }

        var members = new List<string>();
        if (random.Next(6) != 0)
        {
            members.Add("\"data\":" + Data(random));
        }

        if (random.Next(2) == 0)
        {
            members.Add("\"errors\":" + Errors(random));
        }

        return (status, "{" + string.Join(",", members) + "}");
    }

    private static string Data(Random random) => random.Next(10) switch
    {
        0 => "null",
        1 => "[]",
        2 => "\"data\"",
        _ => "{\"getContraindications\":" + List(random, AlertFields) + ",\"getInteractions\":" + List(random, InteractionFields) + "}",
    };

    private static string List(Random random, string[] fields) => random.Next(10) switch
    {
        0 => "null",
        1 => "{}",
        2 => "\"list\"",
        3 => "[null]",
        4 => "[1,true]",
        _ => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Item(random, fields, depth: 0))) + "]",
    };

    private static string Item(Random random, string[] fields, int depth) =>
        "{" + string.Join(",", fields.Where(_ => random.Next(3) != 0).Select(f => FuzzValue.Json(f) + ":" + AnyValue(random, depth + 1))) + "}";

    // Any JSON value, objects holding the member names of every Posos type.
    private static string AnyValue(Random random, int depth)
    {
        string[] names =
        [
            "clinicalDrug", "brandedDrug", "packagedDrug", "code", "label", "terminology", "inn", "risk", "guidelines", "modifiers",
            "designation", "associatedConditions", "codings", "gender", "ageGroups", "concurrentTreatments", "continuousCriteria",
            "ingredients", "procedures", "therapeuticClasses", "type", "unit", "min", "max", "value", "url", "author",
        ];
        return random.Next(depth > 3 ? 9 : 12) switch
        {
            0 => "null",
            1 => "true",
            2 => "0",
            3 => "-1.5",
            4 => "1e400",
            5 => "\"PRECAUTION\"",
            6 => "\"F\"",
            7 => "\"61052830 <> Grossesse\"",
            8 => "\"\\u0000\\ud800é\"",
            9 => "[" + string.Join(",", Enumerable.Range(0, random.Next(3)).Select(_ => AnyValue(random, depth + 1))) + "]",
            _ => "{" + string.Join(",", names.Where(_ => random.Next(6) == 0).Select(n => FuzzValue.Json(n) + ":" + AnyValue(random, depth + 1))) + "}",
        };
    }

    private static string Errors(Random random)
    {
        if (random.Next(8) == 0)
        {
            string[] odd = ["null", "[]", "\"errors\"", "[1]", "[null]", "{}", "[{}]"];
            return odd[random.Next(odd.Length)];
        }

        string[] messages = ["\"Drug 61052830 is unknown\"", "\"boom\"", "1", "null", "{}", "\"\"", "\"" + new string('m', 5000) + "\"", "\"Drug 67997205: \\ud800 invalid\""];
        string[] paths =
        [
            "[\"getContraindications\",0,\"designation\"]", "[\"getContraindications\"]", "[]", "\"x\"", "[1,2]", "[null]",
            "[\"getContraindications\",\"0\"]", "[\"other\"]", "[\"getContraindications\",-1,{}]", "[\"getInteractions\",5,\"left\",\"brandedDrug\"]",
            "[\"getContraindications\",0,\"nope\",\"deeper\"]", "[\"getInteractions\",0,\"b\"]", "[\"getContraindications\",99999999999]",
        ];
        string[] extensions = ["{\"code\":\"BAD_USER_INPUT\"}", "{\"code\":1}", "null", "\"x\"", "{}", "{\"code\":\"INTERNAL_SERVER_ERROR\",\"stacktrace\":[\"   at Posos.Engine\"]}"];
        var errors = Enumerable.Range(0, 1 + random.Next(3)).Select(_ =>
        {
            var members = new List<string> { "\"message\":" + messages[random.Next(messages.Length)] };
            if (random.Next(3) != 0)
            {
                members.Add("\"path\":" + paths[random.Next(paths.Length)]);
            }

            if (random.Next(2) == 0)
            {
                members.Add("\"extensions\":" + extensions[random.Next(extensions.Length)]);
            }

            if (random.Next(4) == 0)
            {
                members.Add("\"locations\":" + (random.Next(2) == 0 ? "[{\"line\":1,\"column\":2}]" : "\"x\""));
            }

            return "{" + string.Join(",", members) + "}";
        });
        return "[" + string.Join(",", errors) + "]";
    }
}
