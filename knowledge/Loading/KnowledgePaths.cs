namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Where the data and schemas are copied next to the app (resolved from the app's base directory, never the
/// working directory).</summary>
public static class KnowledgePaths
{
    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, "knowledge-data");

    public static string DefaultSchemaDirectory => Path.Combine(AppContext.BaseDirectory, "knowledge-schema");
}
