using System.Text.Json;

namespace CrossBorderBot.Storage;

/// <summary>
/// Reads and writes one type of value kept in bot state with System.Text.Json, in the same JSON shape Json.NET's
/// state serializer gives it (a leading <c>$type</c>, then its properties), so either can read what the other wrote.
/// </summary>
internal interface IStateValueCodec
{
    /// <summary>The type this codec reads and writes (exactly this type, not subtypes).</summary>
    Type Type { get; }

    /// <summary>Reads a value from its JSON object (which may name its type in a <c>$type</c> property); the JSON does not change afterwards, so the value may keep slices of it.</summary>
    object Read(ReadOnlyMemory<byte> json);

    /// <summary>Writes the value as a JSON object whose first property is <c>$type</c>, naming <see cref="Type"/>.</summary>
    void Write(Utf8JsonWriter writer, object value);
}
