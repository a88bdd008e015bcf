using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Docs;

/// <summary>
/// The repository explains itself: no text in it (README, documents, code comments, data headers) points to a file
/// outside it — the design notes beside the checkout or the helpers' working notes — which a reader of the repository
/// cannot open.
/// </summary>
public sealed class RepositoryPointerTests
{
    // The two forms such pointers took: the design folder beside the checkout, and the working notes' folder.
    private static readonly string[] OutsidePrefixes = ["../shared/", "/work/notes/"];

    [Fact]
    public void No_text_points_to_a_file_outside_the_repository()
    {
        var pointers = RepositoryTexts()
            .Where(path => !path.EndsWith(nameof(RepositoryPointerTests) + ".cs", StringComparison.Ordinal))
            .SelectMany(path => PointersIn(path).Select(line => $"{path}: {line}"))
            .ToList();

        Assert.True(pointers.Count == 0, "Pointers outside the repository:\n" + string.Join("\n", pointers));
    }

    [Fact]
    public void The_check_sees_a_pointer()
    {
        Assert.NotEmpty(Pointers(["see ../shared/DESIGN.md", "plain text"]));
        Assert.NotEmpty(Pointers(["# made from /work/notes/causes.md"]));
        Assert.Empty(Pointers(["see docs/ARCHITECTURE.md"]));
    }

    private static IEnumerable<string> PointersIn(string path)
    {
        var full = Path.Combine(RepositoryCheckout.Root, path);
        return File.Exists(full) && new FileInfo(full).Length < 4_000_000 ? Pointers(File.ReadLines(full)) : [];
    }

    private static List<string> Pointers(IEnumerable<string> lines) =>
        [.. lines.Where(line => OutsidePrefixes.Any(prefix => line.Contains(prefix, StringComparison.Ordinal)))];

    // The repository's own text: the README, the documents, and the sources, tests and data of each project (build
    // output and packages left out).
    private static List<string> RepositoryTexts()
    {
        string[] roots = ["docs", "bot", "knowledge", "tests", "bench"];
        string[] skipped = ["bin", "obj", "node_modules", ".git"];
        string[] texts = [".md", ".cs", ".tsv", ".yaml", ".yml", ".json", ".csproj", ".sh", ".txt"];
        var root = RepositoryCheckout.Root;
        return
        [
            "README.md",
            .. roots.Select(folder => Path.Combine(root, folder)).Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                .Select(path => Path.GetRelativePath(root, path))
                .Where(path => texts.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
                    && !path.Split(Path.DirectorySeparatorChar).Any(part => skipped.Contains(part, StringComparer.Ordinal))),
        ];
    }
}
