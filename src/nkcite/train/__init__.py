"""Training the parser: labelled examples from every source -> a CRF model.

`examples` is the one shape all sources are brought to; `anystyle`,
`linkedbooks`, `gold` and `synthetic` read or make them; `train_model`
(in `trainer`) turns them into the model file the parser ships with.
"""
