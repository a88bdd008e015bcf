using System.Collections.Frozen;
using System.Text.Json;

namespace CrossBorderBot.Understanding;

/// <summary>
/// The wire ids of the issue sub-types (the <c>issueType</c> entity, the fix-an-issue categories): the knowledge
/// model's <see cref="IssueType"/> names in snake_case ("customs_hold"), which is also how the playbooks write them.
/// The enum is the one list; nothing here repeats it.
/// </summary>
public static class IssueTypes
{
    private static readonly FrozenDictionary<IssueType, string> Ids =
        Enum.GetValues<IssueType>().ToFrozenDictionary(type => type, type => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString()));

    /// <summary>Every sub-type's id, in the enum's order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<IssueType>().Select(Id)];

    /// <summary>"customs_hold" for <see cref="IssueType.CustomsHold"/>.</summary>
    public static string Id(IssueType type) => Ids[type];
}
