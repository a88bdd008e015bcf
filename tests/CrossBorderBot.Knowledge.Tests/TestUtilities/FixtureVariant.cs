using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.TestUtilities;

/// <summary>The valid fixture data with one file changed, loaded: for tests of one kb validate check.</summary>
internal static class FixtureVariant
{
    public static string Read(string relative) => File.ReadAllText(Path.Combine(FixtureData.ValidDirectory, relative));

    public static IReadOnlyList<KnowledgeProblem> ProblemsWith(string relative, string content)
    {
        using var folder = new TempDataFolder();
        folder.Write(relative, content);
        return new KnowledgeLoader().Load(folder.Path).Problems;
    }
}
