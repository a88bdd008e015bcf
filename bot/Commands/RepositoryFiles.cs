namespace CrossBorderBot.Commands;

/// <summary>
/// Finds files of the source repository for the evaluation commands: their labelled sets live with the tests, so the
/// repository root (the folder holding the solution) is looked for upwards from the current directory.
/// </summary>
internal static class RepositoryFiles
{
    private const string SolutionFile = "CrossBorderBot.sln";

    /// <summary>The full path of <paramref name="relativePath"/> in the repository, or null outside a checkout.</summary>
    public static string? Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return Path.Combine(dir.FullName, relativePath);
            }
        }

        return null;
    }
}
