using System.Text.Json;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Plans;

/// <summary>
/// Checks the <c>$type</c> of a list in a stored plan (as Json.NET's binder checks it: a type state may hold, and a
/// <c>List&lt;T&gt;</c> or an array, what the bot stores) and says whether it names an array. A user's ten saved plans
/// carry ~300 such names, all one of three or four; each name that passed is remembered as its UTF-8 bytes and later
/// compared in place, so a read no longer makes each into text, splits it and looks it up in the binder again.
/// </summary>
/// <remarks>The binder's allow-list is fixed for the process, so a name allowed once is allowed every time.</remarks>
internal static class StoredListTypeNames
{
    // Bounded: only names that passed are kept, and a document can name only a few list types that pass.
    private const int MaxRemembered = 16;

    private static readonly Lock Gate = new();
    private static (byte[] Utf8, bool IsArray)[] s_checked = [];

    /// <summary>Checks the type name the reader is on (a string) and returns whether it names an array.</summary>
    /// <exception cref="JsonException">The name is not a list or array type.</exception>
    public static bool IsArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            foreach (var (utf8, isArray) in Volatile.Read(ref s_checked))
            {
                if (reader.ValueSpan.SequenceEqual(utf8))
                {
                    return isArray;
                }
            }
        }

        var typeName = SavedPlansStateCodec.Text(ref reader)!;
        StateValueCodecs.EnsureAllowedTypeName(typeName);
        var namesAnArray = typeName.Contains("[],", StringComparison.Ordinal);
        if (!namesAnArray && !typeName.StartsWith("System.Collections.Generic.List`1[[", StringComparison.Ordinal))
        {
            throw new JsonException("A stored list of another type: " + typeName);
        }

        Remember(typeName, namesAnArray);
        return namesAnArray;
    }

    private static void Remember(string typeName, bool isArray)
    {
        var utf8 = Encoding.UTF8.GetBytes(typeName);
        lock (Gate)
        {
            if (s_checked.Length < MaxRemembered && !s_checked.Any(known => known.Utf8.AsSpan().SequenceEqual(utf8)))
            {
                Volatile.Write(ref s_checked, [.. s_checked, (utf8, isArray)]);
            }
        }
    }
}
