"""detectors.entities"""
