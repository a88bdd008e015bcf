namespace CrossBorderBot.Dialogs;

/// <summary>
/// A dialog value as it was stored: its UTF-8 JSON (a slice of the loaded document, which never changes while the turn
/// holds it), read into an object only when a dialog asks for it and otherwise written back as it is.
/// </summary>
internal sealed class DialogJsonValue(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    public bool IsNull => Utf8.Span.SequenceEqual("null"u8);

    public bool IsObject => !Utf8.IsEmpty && Utf8.Span[0] == (byte)'{';

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Utf8.Span);
}
