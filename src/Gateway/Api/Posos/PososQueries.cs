using System.Globalization;
using System.Text.Json;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Posos;

namespace Gateway.Api.Posos;

/// <summary>
/// The Posos root fields. <c>contraindications</c> and <c>interactions</c> forward the client's selection to Posos's
/// GraphQL API (<see cref="PososSelection"/>, <see cref="PososOperations"/>): Posos computes only what is asked. The
/// suggestions call its REST autocomplete. Every argument is checked first (<see cref="PososInputs"/>): a bad one is
/// <c>BAD_USER_INPUT</c> and nothing is sent. The fields are nullable, so a Posos failure nulls only them.
/// </summary>
[ExtendObjectType("Query")]
internal static class PososQueries
{
    /// <summary>The longest autocomplete search accepted.</summary>
    public const int MaxSearchLength = 200;

    /// <summary>The most suggestions one field returns.</summary>
    public const int MaxSuggestions = 100;

    [GraphQLDescription("The contraindications of drugs for a patient, computed by Posos (`getContraindications`): one alert per drug and contraindication the patient meets. Only the fields selected here are asked of Posos. Null with an `UPSTREAM_*` error (`extensions.upstream: \"POSOS\"`) when Posos cannot answer; `BAD_USER_INPUT` (nothing sent) for a malformed code, an empty drug list, a birth date in the future... Health data: never logged.")]
    public static async Task<IReadOnlyList<AlertResult>?> GetContraindicationsAsync(
        [GraphQLDescription("The drugs to analyse, 1 to 50 (« médicaments à analyser »).")] IReadOnlyList<DrugInput> drugs,
        IResolverContext context,
        [Service] IPososClient posos,
        [Service] TimeProvider time,
        [GraphQLDescription("The patient (« patient »): age, sex, conditions, treatments, measurements. Without it, only alerts that apply to everyone.")] PatientInput? patient = null,
        [GraphQLDescription("Only these types of alert (« type et niveau d'alerte »); all when left out.")] IReadOnlyList<AlertType>? types = null,
        [GraphQLDescription("Also look for alerts on conditions close to the patient's, through SNOMED CT's hierarchy (Posos `snomedInferrence`).")] bool? snomedInference = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new PososInputErrors();
        var checkedDrugs = PososInputs.Drugs(drugs, errors);
        var profile = PososInputs.Patient(patient, Today(time), errors);
        if (types is { Count: 0 })
        {
            errors.Add("types", "is empty: leave it out for every type, or give at least one.");
        }

        errors.ThrowIfAny();
        var selection = PososSelection.Collect(context);
        var forwarded = PososOperations.Contraindications(checkedDrugs, profile, types, snomedInference, selection);
        var result = await PososErrors.GuardAsync(posos.ExecuteAsync(forwarded.Operation, cancellationToken), forwarded.SensitiveValues);
        return PososErrors.ReadList(result, forwarded, selection, context) is { } items ? [.. items.Select(Alert)] : null;
    }

    [GraphQLDescription("The interactions between drugs, computed by Posos (`getInteractions`): one result per interacting pair, at the ANSM thesaurus's levels. Only the fields selected here are asked of Posos; fewer than two drugs answer an empty list without asking. Null with an `UPSTREAM_*` error when Posos cannot answer; `BAD_USER_INPUT` (nothing sent) for a malformed code or an empty list.")]
    public static async Task<IReadOnlyList<InteractionResult>?> GetInteractionsAsync(
        [GraphQLDescription("The drugs to check together, 1 to 50.")] IReadOnlyList<DrugInput> drugs,
        IResolverContext context,
        [Service] IPososClient posos,
        [GraphQLDescription("Only these levels of interaction; all when left out.")] IReadOnlyList<InteractionType>? types = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new PososInputErrors();
        var checkedDrugs = PososInputs.Drugs(drugs, errors);
        if (types is { Count: 0 })
        {
            errors.Add("types", "is empty: leave it out for every level, or give at least one.");
        }

        errors.ThrowIfAny();
        if (checkedDrugs.Count < 2)
        {
            return [];
        }

        var selection = PososSelection.Collect(context);
        var forwarded = PososOperations.Interactions(checkedDrugs, types, selection);
        var result = await PososErrors.GuardAsync(posos.ExecuteAsync(forwarded.Operation, cancellationToken), forwarded.SensitiveValues);
        return PososErrors.ReadList(result, forwarded, selection, context) is { } items ? [.. items.Select(Interaction)] : null;
    }

    [GraphQLDescription("Drugs whose name matches `search` (Posos autocomplete, `entity_type=DRUG`): clinical drugs, branded drugs, ingredients, best first. Their codes go in `DrugInput`. Null with an `UPSTREAM_*` error when Posos cannot answer.")]
    public static async Task<IReadOnlyList<Suggestion>?> GetDrugSuggestionsAsync(
        [GraphQLDescription("The start of a name, e.g. `glucoph`, `sitagl` (1 to 200 characters).")] string search,
        [Service] IPososClient posos,
        [GraphQLDescription("How many suggestions, 1 to 100.")] int first = 10,
        CancellationToken cancellationToken = default)
    {
        var text = CheckSearch(search, first);
        var found = await PososErrors.GuardAsync(posos.AutocompleteAsync(text, PososEntityType.Drug, first, cancellationToken), Searched(text));
        return [.. found.Candidates.Select(c => new Suggestion(c.Id, c.Name, c.Level, DrugTerminology(c.Level), c.Similarity))];
    }

    [GraphQLDescription("Patient conditions whose name matches `search` (Posos autocomplete, `entity_type=CONTRAINDICATION_TERRAIN`: terrains such as pregnancy, diseases), best first, with their SNOMED CT codes for `ConditionInput`. Null with an `UPSTREAM_*` error when Posos cannot answer.")]
    public static async Task<IReadOnlyList<Suggestion>?> GetConditionSuggestionsAsync(
        [GraphQLDescription("The start of a name, e.g. `grossesse`, `insuffisance rénale` (1 to 200 characters).")] string search,
        [Service] IPososClient posos,
        [GraphQLDescription("How many suggestions, 1 to 100.")] int first = 10,
        CancellationToken cancellationToken = default)
    {
        var text = CheckSearch(search, first);
        var found = await PososErrors.GuardAsync(posos.AutocompleteAsync(text, PososEntityType.ContraindicationTerrain, first, cancellationToken), Searched(text));
        return [.. found.Candidates.Select(c => new Suggestion(c.Id, c.Name, null, "SNOMED_CT", c.Similarity))];
    }

    // An item Posos answered null (it failed there; its error is reported) stays null: the list's items are non-null, so
    // the engine then nulls the whole list with an error, as GraphQL wants, rather than the gateway inventing an alert.
    private static AlertResult Alert(JsonElement item) => item.ValueKind == JsonValueKind.Null ? null! : new AlertResult(item);

    private static InteractionResult Interaction(JsonElement item) => item.ValueKind == JsonValueKind.Null ? null! : new InteractionResult(item);

    private static string CheckSearch(string search, int first)
    {
        var errors = new PososInputErrors();
        var trimmed = search?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxSearchLength)
        {
            errors.Add("search", string.Create(CultureInfo.InvariantCulture, $"must have 1 to {MaxSearchLength} characters."));
        }

        if (first is < 1 or > MaxSuggestions)
        {
            errors.Add("first", string.Create(CultureInfo.InvariantCulture, $"must be between 1 and {MaxSuggestions}."));
        }

        errors.ThrowIfAny();
        return trimmed;
    }

    // The search as health data to blank out of Posos's refusals (one character would blank every letter it is).
    private static string[] Searched(string text) => text.Length >= 2 ? [text] : [];

    private static string? DrugTerminology(string? level) => level switch
    {
        "CLINICAL_DRUG" => "posos",
        "BRANDED_DRUG" or "SPECIALTY" => "cis",
        "PACKAGED_DRUG" => "cip13",
        _ => null,
    };

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
