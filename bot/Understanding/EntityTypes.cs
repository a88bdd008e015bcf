using System.Collections.Frozen;
using System.Text.Json;

namespace CrossBorderBot.Understanding;

/// <summary>
/// The one spelling of an <see cref="EntityType"/> outside the code: its name in camel case ("country", "issueType",
/// "sensitiveGoods"), the key it has in <c>RecognizerResult.Entities</c> (the Emulator trace), in the alias list and in
/// the labelled evaluation sets.
/// </summary>
public static class EntityTypes
{
    private static readonly string[] Keys =
        [.. Enum.GetValues<EntityType>().Select(type => JsonNamingPolicy.CamelCase.ConvertName(type.ToString()))];

    private static readonly FrozenDictionary<string, EntityType> ByKey =
        Enum.GetValues<EntityType>().ToFrozenDictionary(type => Keys[(int)type], StringComparer.Ordinal);

    /// <summary>The type's key ("issueType").</summary>
    public static string Key(this EntityType type) => Keys[(int)type];

    /// <summary>The type spelled <paramref name="key"/> (exactly, as <see cref="Key"/> writes it); null for no type.</summary>
    public static EntityType? FromKey(string key) => ByKey.TryGetValue(key, out var type) ? type : null;
}
