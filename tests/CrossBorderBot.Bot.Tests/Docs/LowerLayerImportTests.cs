using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Docs;

/// <summary>
/// The lowest layers of docs/ARCHITECTURE.md's table use nothing above them: the JSON helpers nothing of the bot, the
/// language layer nothing but the knowledge model, the replies nothing of the dialogs, the conversation, the channels or
/// the hosting (the wire format). Read from the source: a <c>using</c> of another layer's namespace, or a name qualified
/// by it (<c>Dialogs.JTokenUtf8</c>), in any file of the folder.
/// </summary>
public sealed partial class LowerLayerImportTests
{
    private static readonly string[] BotLayers =
    [
        "Alerts", "Answers", "Channels", "Charts", "Commands", "Composition", "Conversation", "Dialogs", "Hosting", "Json",
        "Language", "Plans", "Replies", "Safety", "Storage", "Telemetry", "Understanding",
    ];

    [Theory]
    [InlineData("bot/Json", "")]
    [InlineData("bot/Language", "Json")]
    [InlineData("bot/Replies", "Json Language")]
    public void A_lower_layer_uses_no_layer_above_it(string folder, string below)
    {
        var own = Path.GetFileName(folder);
        var allowed = below.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var above = BotLayers.Where(layer => layer != own && !allowed.Contains(layer)).ToArray();
        var reference = new Regex(@"(?<![\w.])(?:CrossBorderBot\.)?(?:" + string.Join('|', above) + @")\.[A-Z]");

        var found = Directory.EnumerateFiles(RepositoryCheckout.PathOf(folder), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetFileName(file), Line: index + 1, Text: line)))
            .Where(line => reference.IsMatch(line.Text) || UsingOf(line.Text) is { } used && above.Contains(used))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, $"{folder} uses a layer above it:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void The_check_sees_an_import_and_a_qualified_name()
    {
        Assert.Equal("Dialogs", UsingOf("using CrossBorderBot.Dialogs;"));
        Assert.Equal("Hosting", UsingOf("using CrossBorderBot.Hosting.Wire;"));
        Assert.Null(UsingOf("using System.Text.Json;"));
    }

    /// <summary>The bot layer a <c>using</c> line imports (<c>Hosting</c> for <c>CrossBorderBot.Hosting.Wire</c>), or null.</summary>
    private static string? UsingOf(string line) =>
        BotUsing().Match(line) is { Success: true } match ? match.Groups["layer"].Value : null;

    [GeneratedRegex(@"^\s*using\s+CrossBorderBot\.(?<layer>\w+)")]
    private static partial Regex BotUsing();
}
