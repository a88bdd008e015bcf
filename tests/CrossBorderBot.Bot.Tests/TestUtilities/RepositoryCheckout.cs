namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The source checkout the tests run from (the folder holding the solution, found upwards from the test binaries), for
/// tests that read files the build does not copy: manifests, the architecture document.
/// </summary>
public static class RepositoryCheckout
{
    private const string SolutionFile = "CrossBorderBot.sln";

    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The checkout's root folder; throws when the tests do not run from a checkout.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The full path of a file or folder given relative to the root, with '/' separators.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}: the tests must run from a checkout.");
    }
}
