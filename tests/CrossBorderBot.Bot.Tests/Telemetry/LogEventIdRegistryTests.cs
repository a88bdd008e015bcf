using System.Reflection;
using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Telemetry;

/// <summary>
/// The log event ids have one registry, <see cref="LogEventIds"/>: no id is given twice, and every
/// <c>[LoggerMessage]</c> of the bot takes its id from it rather than from a number of its own.
/// </summary>
public sealed partial class LogEventIdRegistryTests
{
    [Fact]
    public void No_two_log_events_share_an_id()
    {
        var ids = typeof(LogEventIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (field.Name, Id: (int)field.GetRawConstantValue()!))
            .ToList();

        var shared = ids.GroupBy(entry => entry.Id).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(entry => entry.Name))}")
            .ToList();

        Assert.True(ids.Count > 50, $"Expected the registry to hold the bot's event ids; found {ids.Count}.");
        Assert.True(shared.Count == 0, "Event ids given twice: " + string.Join("; ", shared));
    }

    [Fact]
    public void Every_logger_message_takes_its_id_from_the_registry()
    {
        var bot = RepositoryCheckout.PathOf("bot");
        var ownNumbers = Directory.EnumerateFiles(bot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Where(line => LoggerMessageEventId().Match(line) is { Success: true } match
                    && !match.Groups["id"].Value.StartsWith(nameof(LogEventIds) + ".", StringComparison.Ordinal))
                .Select(line => $"{Path.GetRelativePath(bot, path)}: {line.Trim()}"))
            .ToList();

        Assert.True(ownNumbers.Count == 0, "Logger messages with an id of their own:\n" + string.Join("\n", ownNumbers));
    }

    [Theory]
    [InlineData("    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = \"x\")]", "3000")]
    [InlineData("[LoggerMessage(Level = LogLevel.Information, EventId = LogEventIds.SlackEventIgnored, Message = \"x\")]", "LogEventIds.SlackEventIgnored")]
    public void The_check_reads_the_id_a_logger_message_names(string line, string id)
    {
        Assert.Equal(id, LoggerMessageEventId().Match(line).Groups["id"].Value);
    }

    [GeneratedRegex(@"\[LoggerMessage\(.*\bEventId\s*=\s*(?<id>[^,)\s]+)")]
    private static partial Regex LoggerMessageEventId();
}
