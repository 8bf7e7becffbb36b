using System.Text;
using System.Text.Json;
using Gateway.Conformance.Runner;

// The conformance runner: the contract the differential checks (tests/conformance) use.
//   dotnet run -c Release --project tests/Conformance/Runner -- --schema S.graphql --data D.json < cases.jsonl > results.jsonl
// Each input line {"query", "variables", "operationName"} gives one output line: the response object.
string? schemaPath = null;
string? dataPath = null;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--schema":
            schemaPath = args[++i];
            break;
        case "--data":
            dataPath = args[++i];
            break;
    }
}

if (schemaPath is null || dataPath is null)
{
    await Console.Error.WriteLineAsync("usage: Gateway.Conformance.Runner --schema S.graphql --data D.json < cases.jsonl > results.jsonl");
    return 2;
}

ConformanceRunner runner;
try
{
    runner = ConformanceRunner.Create(await File.ReadAllTextAsync(schemaPath), await File.ReadAllTextAsync(dataPath));
}
catch (Exception error) when (error is IOException or JsonException or Gateway.GraphQL.Types.SchemaException or Gateway.GraphQL.GraphQLException)
{
    await Console.Error.WriteLineAsync("cannot load the schema or data: " + error.Message);
    return 1;
}

// Cases run on a thread with a large stack: documents nested far deeper than any client sends must
// still get graphql-js's answer, never a stack overflow.
var exitCode = 0;
var worker = new Thread(
    () =>
    {
        using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        while (input.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            output.WriteLine(runner.RunCaseAsync(line).GetAwaiter().GetResult());
        }

        output.Flush();
    },
    maxStackSize: 512 * 1024 * 1024);
worker.Start();
worker.Join();
return exitCode;
