"""Training: the trainer, the training child process and its messages."""
