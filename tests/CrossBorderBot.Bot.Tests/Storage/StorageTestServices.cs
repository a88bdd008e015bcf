namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// Where the tests find the real services (PostgreSQL, Azurite) that <c>.ci/run</c> starts. Locally, without them,
/// their tests are reported as skipped; where <c>CROSSBORDER_REQUIRE_SERVICES=1</c> (CI) a missing service fails them,
/// so a broken service start can never pass as "all green".
/// </summary>
public static class StorageTestServices
{
    /// <summary>An Npgsql connection string to a PostgreSQL server the tests may create and drop tables in.</summary>
    public const string PostgresVariable = "CROSSBORDER_TEST_POSTGRES";

    /// <summary>An Azure Storage connection string to Azurite (or a real account the tests may create containers in).</summary>
    public const string AzuriteVariable = "CROSSBORDER_TEST_AZURITE";

    /// <summary>Set to 1 by <c>.ci/run</c>: the services must be there.</summary>
    public const string RequireVariable = "CROSSBORDER_REQUIRE_SERVICES";

    public static string PostgresConnectionString() => Required(PostgresVariable, "PostgreSQL");

    public static string AzuriteConnectionString() => Required(AzuriteVariable, "Azurite");

    /// <summary>A name no other test uses, for a table or a container of its own.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

    private static string Required(string variable, string service)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but {variable} is not set: the {service} server was not started.");
        }

        throw new SkipException($"{service} is not available: set {variable} (.ci/run starts {service} and sets it).");
    }
}
