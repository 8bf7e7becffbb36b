namespace Gateway.Sandbox.Tests;

/// <summary>
/// Locates <c>../shared</c> (next to the repository). Only the fidelity suite reads it, to compare the
/// sandbox with the real API's test snapshots; the sandbox itself never does.
/// </summary>
public static class SharedData
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                directory = directory.Parent;
            }

            if (directory is null)
            {
                throw new InvalidOperationException("Gateway.sln not found above " + AppContext.BaseDirectory);
            }

            return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
        }
    }

    public static string Snapshot(string name) => File.ReadAllText(Path.Combine(Root, "eclaire", "api-test-snapshots", name));
}
