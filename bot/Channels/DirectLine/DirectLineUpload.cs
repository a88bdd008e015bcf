namespace CrossBorderBot.Channels.DirectLine;

/// <summary>What is kept of an uploaded file: its description, never its content.</summary>
public sealed class DirectLineUpload
{
    public string ActivityId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Length { get; set; }

    /// <summary>Hex SHA-256 of the content, so a file can be recognised again without keeping it.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }
}
