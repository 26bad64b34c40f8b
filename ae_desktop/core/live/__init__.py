"""The live drawing path: preprocessing, noise, records and the compute step."""
