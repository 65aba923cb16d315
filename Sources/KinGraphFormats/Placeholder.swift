// Archive forms: see ArchiveReader/ArchiveWriter.
