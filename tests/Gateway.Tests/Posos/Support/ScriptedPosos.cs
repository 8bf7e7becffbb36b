using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Posos.Support;

/// <summary>
/// A Posos whose answers a test chooses, on a real port: the sandbox's Posos schema (src/Sandbox/Data/Posos/posos.graphql)
/// run by the project's engine over canned alerts and interactions that fill every field (what the sandbox's rule base
/// never fills too: treatments, warning modifiers, associated conditions' codes, measured values), plus
/// the failures a test asks for: a field error below the root, a root field error, or a raw answer.
/// </summary>
public sealed class ScriptedPosos : IAsyncDisposable
{
    public const string Token = "scripted-posos-token";

    /// <summary>Every field of AlertResult with a value (the second alert with empty lists and nulls).</summary>
    public const string Alerts = """
        [
          {
            "designation": "Metformine <> Insuffisance rénale sévère",
            "type": "ABSOLUTE_CONTRAINDICATION",
            "condition": {
              "designation": "Insuffisance rénale sévère",
              "associatedConditions": [
                { "designation": "Dialyse", "modifiers": ["chronique"], "codings": [{ "code": "265764009", "label": "Renal dialysis", "terminology": "SNOMED_CT" }] }
              ],
              "modifiers": ["sévère"],
              "codings": [
                { "code": "236423003", "label": "Renal impairment", "terminology": "SNOMED_CT" },
                { "code": "N18.5", "label": "Maladie rénale chronique, stade 5", "terminology": "CIM10" }
              ]
            },
            "patient": {
              "gender": "F",
              "ageGroups": ["ADULT", "SENIOR"],
              "concurrentTreatments": [{ "ingredients": ["IODE"], "procedures": ["Injection de produit de contraste iodé"], "therapeuticClasses": ["V08AB"] }],
              "continuousCriteria": [{ "type": "CREATININE_CLEARANCE", "unit": "mL/min", "min": 0, "max": 30, "value": 25 }]
            },
            "warnings": [{ "risk": "Acidose lactique", "guidelines": ["Arrêter la metformine", "Surveiller la fonction rénale"], "modifiers": ["grave"] }],
            "drug": {
              "clinicalDrug": { "code": "MV00001165", "label": "Metformine (chlorhydrate) 1000 mg comprimé", "terminology": "posos", "inn": "metformine" },
              "brandedDrug": { "code": "61052830", "label": "GLUCOPHAGE 1000 mg, comprimé pelliculé sécable", "terminology": "cis", "inn": "metformine" },
              "packagedDrug": { "code": "3400932959358", "label": "plaquette(s) de 30 comprimé(s)", "terminology": "cip13", "inn": "metformine" }
            },
            "comment": "Clairance de la créatinine inférieure à 30 mL/min.",
            "source": { "url": "https://base-donnees-publique.medicaments.gouv.fr/", "author": "RCP" }
          },
          {
            "designation": "Sitagliptine <> Grossesse",
            "type": "PRECAUTION",
            "condition": { "designation": "Grossesse", "associatedConditions": [], "modifiers": [], "codings": [] },
            "patient": { "gender": "F", "ageGroups": ["ADULT"], "concurrentTreatments": [], "continuousCriteria": [] },
            "warnings": [],
            "drug": { "clinicalDrug": { "code": "MV00003202", "label": "Sitagliptine (phosphate) 50 mg comprimé", "terminology": "posos", "inn": "sitagliptine" } },
            "comment": null,
            "source": { "url": null, "author": "RCP" }
          }
        ]
        """;

    /// <summary>Every field of InteractionResult with a value.</summary>
    public const string Interactions = """
        [
          {
            "designation": "Simvastatine <> Clarithromycine",
            "type": "CONTRAINDICATION",
            "warnings": [{ "risk": "Rhabdomyolyse", "guidelines": ["Suspendre la simvastatine pendant le traitement"], "modifiers": ["dose-dépendant"] }],
            "right": { "brandedDrug": { "code": "67997205", "label": "ZECLAR 500 mg, comprimé pelliculé", "terminology": "cis", "inn": "clarithromycine" } },
            "left": { "brandedDrug": { "code": "67037301", "label": "ZOCOR 20 mg, comprimé pelliculé sécable", "terminology": "cis", "inn": "simvastatine" } },
            "source": { "url": "https://ansm.sante.fr/documents/reference/thesaurus-des-interactions-medicamenteuses-1", "author": "ANSM" }
          }
        ]
        """;

    private readonly WebApplication _app;
    private readonly JsonElement _alerts = JsonDocument.Parse(Alerts).RootElement.Clone();
    private readonly JsonElement _interactions = JsonDocument.Parse(Interactions).RootElement.Clone();
    private readonly RequestExecutor _executor;

    private ScriptedPosos(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        var sdl = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Sandbox", "Data", "Posos", "posos.graphql"));
        _executor = new RequestExecutor(SchemaBuilder.FromSdl(sdl)
            .AddResolver("Query", "getContraindications", _ => Mode == ScriptedMode.RootFieldError
                ? throw new GraphQLException("The contraindication engine is down.")
                : new ValueTask<object?>(_alerts))
            .AddResolver("Query", "getInteractions", _ => new ValueTask<object?>(_interactions))
            .AddResolver("Drug", "packagedDrug", context => Mode == ScriptedMode.FieldError && DefaultFieldResolver.GetMember(context.Parent, "packagedDrug") is not null
                ? throw new GraphQLException("No presentation 3400932959358 in the catalogue.")
                : new ValueTask<object?>(DefaultFieldResolver.GetMember(context.Parent, "packagedDrug")))
            .Build());
    }

    /// <summary>The root URL (Posos's base URL).</summary>
    public Uri Address { get; }

    /// <summary>What the next answers do.</summary>
    public ScriptedMode Mode { get; set; }

    /// <summary>In <see cref="ScriptedMode.Raw"/>: the status and JSON body answered.</summary>
    public (int Status, string Body) RawAnswer { get; set; }

    /// <summary>How many GraphQL requests were answered.</summary>
    public int Requests => Volatile.Read(ref _requests);

    private int _requests;

    public static async Task<ScriptedPosos> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ScriptedPosos? posos = null;
        app.MapPost("/aort/v1/graphql", (HttpContext http) => posos!.AnswerAsync(http));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        posos = new ScriptedPosos(app, new Uri(address.TrimEnd('/') + "/"));
        return posos;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        if (http.Request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            http.Response.StatusCode = 401;
            await http.Response.WriteAsync("Invalid IAP credentials");
            return;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        if (Mode == ScriptedMode.Raw)
        {
            http.Response.StatusCode = RawAnswer.Status;
            await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(RawAnswer.Body));
            return;
        }

        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var result = await _executor.ExecuteAsync(new ExecutionRequest
        {
            Query = body.RootElement.GetProperty("query").GetString(),
            OperationName = body.RootElement.TryGetProperty("operationName", out var name) ? name.GetString() : null,
            Variables = body.RootElement.TryGetProperty("variables", out var variables) ? JsonInput.ToVariables(variables) : null,
        });
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }

        await http.Response.Body.WriteAsync(buffer.WrittenMemory);
    }
}
