using System.Reflection;
using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderBot.Tests.Docs;

/// <summary>
/// docs/ARCHITECTURE.md must match the code: every path, type, member, settings section and folder it names in
/// backticks exists. A renamed or removed piece of code fails here until the document says what is there now.
/// </summary>
public sealed partial class ArchitectureDocumentTests
{
    private const string DocumentPath = "docs/ARCHITECTURE.md";

    /// <summary>Names of other vocabularies the document quotes (Adaptive Card action types), not code of this repository.</summary>
    private static readonly HashSet<string> ForeignNames = new(StringComparer.Ordinal) { "Action.Submit", "Action.Execute" };

    private static readonly string[] RootFolders = ["bot", "knowledge", "tests", "docs", "bench", "deploymentTemplates", "build", ".ci"];

    private static readonly Lazy<Type[]> Types = new(() =>
    [
        .. new[]
        {
            typeof(Program).Assembly, typeof(KnowledgeBase).Assembly, typeof(ArchitectureDocumentTests).Assembly, typeof(FakeTimeProvider).Assembly, typeof(IBot).Assembly, typeof(Activity).Assembly,
            typeof(IValidateOptions<>).Assembly, typeof(WebApplicationFactory<>).Assembly, typeof(TimeProvider).Assembly,
        }.SelectMany(LoadableTypes),
    ]);

    [Fact]
    public void Every_name_the_document_quotes_exists_in_the_repository()
    {
        var document = File.ReadAllText(RepositoryCheckout.PathOf(DocumentPath));
        var quoted = QuotedSpan().Matches(document).Select(match => match.Groups[1].Value).Distinct().ToList();

        var missing = quoted.Where(span => Check(span) == false).ToList();

        Assert.True(quoted.Count > 100, $"Expected the document to quote its code; found {quoted.Count} spans.");
        Assert.True(missing.Count == 0, $"{DocumentPath} names what is not in the repository: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_check_finds_a_name_that_does_not_exist()
    {
        Assert.False(Check("bot/Channels/Fax/"));
        Assert.False(Check("FaxChannelAdapter"));
        Assert.False(Check("ReplyChannels.SupportsFax"));
        Assert.True(Check("ReplyChannels.SupportsForms"));
        Assert.True(Check("TypedSlotGuide<TAnswers>"));
        Assert.True(Check("Storage"));
    }

    /// <summary>True when the span names something that exists, false when it names something that does not, null when it is no name of code (a command, a setting value, JSON).</summary>
    private static bool? Check(string span)
    {
        if (ForeignNames.Contains(span) || span.Contains("Xxx", StringComparison.Ordinal) || (span.Contains('<') && !GenericTypeName().IsMatch(span)))
        {
            return null;
        }

        if (RootFolders.Any(root => span == root || span.StartsWith(root + "/", StringComparison.Ordinal)))
        {
            var path = RepositoryCheckout.PathOf(span.TrimEnd('/'));
            return File.Exists(path) || Directory.Exists(path);
        }

        if (RelativeFile().IsMatch(span))
        {
            // A file named by its folder inside a project ("Fuzz/FuzzPlan.cs", "Program.cs"): it must exist somewhere.
            return RepositoryFileEndsWith(span.TrimEnd('/'));
        }

        if (EnvironmentName().IsMatch(span))
        {
            return null;
        }

        var name = CodeName().Match(span);
        if (!name.Success)
        {
            return null;
        }

        var typeName = name.Groups["type"].Value;
        var member = name.Groups["member"].Success ? name.Groups["member"].Value : null;
        var types = TypesNamed(typeName);
        if (types.Count > 0)
        {
            return member is null || types.Any(type => type.GetMember(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Length > 0);
        }

        return member is null && (IsSettingsSection(typeName) || IsMemberOfLibraryCode(typeName) || IsFolderName(typeName));
    }

    private static List<Type> TypesNamed(string name) =>
        [.. Types.Value.Where(type => type.Name == name || type.Name.StartsWith(name + "`", StringComparison.Ordinal))];

    private static bool IsSettingsSection(string name) =>
        Types.Value.Any(type => type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            && (string?)field.GetRawConstantValue() == name);

    /// <summary>A method or property of the bot, the knowledge library or the libraries they build on (not the runtime's own).</summary>
    private static bool IsMemberOfLibraryCode(string name) =>
        Types.Value.Where(type => type.Assembly != typeof(TimeProvider).Assembly)
            .Any(type => type.GetMember(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).Length > 0);

    private static bool IsFolderName(string name) =>
        Directory.Exists(RepositoryCheckout.PathOf("bot/" + name))
        || Directory.Exists(RepositoryCheckout.PathOf("tests/CrossBorderBot.Bot.Tests/" + name));

    private static bool RepositoryFileEndsWith(string relativePath)
    {
        var suffix = Path.DirectorySeparatorChar + relativePath.Replace('/', Path.DirectorySeparatorChar);
        return RootFolders.Select(RepositoryCheckout.PathOf).Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            .Any(path => path.EndsWith(suffix, StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partly)
        {
            // Bot.Schema's SharePoint types need AdaptiveCards, which is not shipped; the other types load.
            return partly.Types.OfType<Type>();
        }
    }

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"^[A-Z]\w*<[A-Z]\w*(, [A-Z]\w*)*>(\(\w*\))?$")]
    private static partial Regex GenericTypeName();

    [GeneratedRegex(@"^([\w.-]+/)*[\w.-]+(\.(cs|json|md|sh|tsv|yaml|bicep)|/)$")]
    private static partial Regex RelativeFile();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]*(=.*)?$")]
    private static partial Regex EnvironmentName();

    [GeneratedRegex(@"^(?<type>[A-Z]\w*)(<[\w, ]+>)?(\.(?<member>[A-Z]\w*))?(\(\w*\))?$")]
    private static partial Regex CodeName();
}
