using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// System.Text.Json's half of keeping a typed answer in stored state as the lowercase word it was kept as when it
/// was a string ("economy", "batteries"); Json.NET's half is <c>StringEnumConverter</c> with camel-case naming.
/// Both are put on the property, so either serializer reads and writes the same text.
/// </summary>
public sealed class StoredEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
