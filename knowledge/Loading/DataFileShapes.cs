using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

// The shapes of the files that hold lists of entries (FORMAT.md); single-entry files map to model types directly.
internal sealed record SourcesFile
{
    public IReadOnlyList<Source> Sources { get; init; } = [];
}

internal sealed record GeographyFile
{
    public IReadOnlyList<Region> Regions { get; init; } = [];

    public IReadOnlyList<Country> Countries { get; init; } = [];
}

internal sealed record CategoriesFile
{
    public IReadOnlyList<Category> Categories { get; init; } = [];
}

internal sealed record ExportModesFile
{
    public IReadOnlyList<ExportMode> ExportModes { get; init; } = [];
}

internal sealed record PaperFile
{
    public IReadOnlyList<PaperChallenge> Challenges { get; init; } = [];

    public IReadOnlyList<PaperCountermeasure> Countermeasures { get; init; } = [];

    public DateOnly Reviewed { get; init; }
}

internal sealed record GlossaryFile
{
    public IReadOnlyList<GlossaryTerm> Terms { get; init; } = [];
}

internal sealed record ImportRegimesFile
{
    public IReadOnlyList<ImportRegime> Regimes { get; init; } = [];
}

/// <summary>A data file being loaded: its path relative to the data folder and the line of every node.</summary>
internal sealed class DataFile(string relativePath, YamlLineMap lines, List<KnowledgeProblem> problems)
{
    public string RelativePath { get; } = relativePath;

    public string Stem => Path.GetFileNameWithoutExtension(RelativePath);

    public void Report(string pointer, string message) =>
        problems.Add(new KnowledgeProblem(RelativePath, lines.LineOf(pointer), message));
}

/// <summary>An entry with the file and JSON pointer it came from, so later checks can name its line.</summary>
internal sealed record Located<T>(T Value, DataFile File, string Pointer)
{
    public void Report(string relativePointer, string message) => File.Report(Pointer + relativePointer, message);
}
